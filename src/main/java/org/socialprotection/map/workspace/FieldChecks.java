package org.socialprotection.map.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.springframework.validation.Errors;

/**
 * The checks the observation, scheme, publication and indicator editors share: each
 * reads one field as typed, reports a mistake on that field and returns null (or an empty value) in its place.
 * The editors are the one place per record type where a field's limit is set, so the form, the JSON API and the
 * importer refuse the same texts. The limits, in characters:
 * <ul>
 * <li>{@link #NAME} 400: titles and names (observation title and place, scheme names, institution, publication
 *     and segment titles);</li>
 * <li>{@link #SOURCE_TITLE} 1,000 a source title (of a source row, a figure or a reform), {@link #URL} 2,000 an
 *     address, 200 an author, 2,000 what a reform changed;</li>
 * <li>{@link #LONG_TEXT} 20,000: narrative, description, summary, and each field of one-a-line lists (segments,
 *     authors);</li>
 * <li>{@link #TRANSCRIPT} 200,000: a podcast transcript, the longest text a record holds.</li>
 * </ul>
 * No text may hold a control character other than tab and line ends (a NUL byte cannot be stored in PostgreSQL).
 */
public final class FieldChecks {

    public static final int NAME = 400;
    public static final int SOURCE_TITLE = 1000;
    public static final int URL = 2000;
    public static final int LONG_TEXT = 20_000;
    public static final int TRANSCRIPT = 200_000;
    /** The most sources a record lists. */
    public static final int MAX_SOURCES = 100;

    private FieldChecks() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public static String required(String text, String field, int max, Errors errors) {
        String value = blankToNull(text);
        if (value == null) {
            errors.rejectValue(field, "error.required", "required");
        }
        return tooLong(value, field, max, errors);
    }

    /** An optional text; null when blank. */
    public static String optional(String text, String field, int max, Errors errors) {
        return tooLong(blankToNull(text), field, max, errors);
    }

    private static String tooLong(String value, String field, int max, Errors errors) {
        if (value != null && value.length() > max) {
            errors.rejectValue(field, "error.tooLong", new Object[] {String.valueOf(max)},
                    "at most " + max + " characters");
        } else if (value != null && !printable(value)) {
            controlCharacter(field, errors);
        }
        return value;
    }

    /**
     * False when the text holds a control character other than tab, line feed and carriage return (NUL among
     * them), or half of a surrogate pair: text that no one types and that a database or a spreadsheet mishandles.
     */
    public static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                // the pair's second half is skipped; a high half without it is not a character
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    public static void controlCharacter(String field, Errors errors) {
        errors.rejectValue(field, "error.controlCharacter",
                "contains a control character (such as NUL) that a text cannot hold");
    }

    /**
     * An ISO 3166-1 alpha-3 code of a country the atlas knows. The features pass the check (CountryLocator's, in
     * memory, since imports check one a row), so that this machinery does not depend on the country feature.
     */
    public static String country(String text, String field, Predicate<String> known, Errors errors) {
        String iso3 = upper(text);
        if (iso3 == null) {
            errors.rejectValue(field, "error.required", "required");
        } else if (!iso3.matches("[A-Z]{3}") || !known.test(iso3)) {
            errors.rejectValue(field, "forms.error.country", "no country has the code '" + iso3 + "'");
            return null;
        }
        return iso3;
    }

    public static String upper(String text) {
        String value = blankToNull(text);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** An optional http(s) address; null when blank. */
    public static String url(String text, String field, Errors errors) {
        String value = blankToNull(text);
        if (value != null && !isUrl(value)) {
            errors.rejectValue(field, "forms.error.url", "'" + value + "' is not an http(s) address");
            return null;
        }
        return tooLong(value, field, URL, errors);
    }

    public static boolean isUrl(String text) {
        return text.matches("https?://\\S+");
    }

    public static <E extends Enum<E> & Coded> E code(String value, Class<E> type, String field, Errors errors) {
        E result = Coded.find(type, value).orElse(null);
        if (result == null) {
            errors.rejectValue(field, "error.choice", "choose one of: " + Coded.codes(type));
        }
        return result;
    }

    /** Null for a blank value, which the form offers as "not stated". */
    public static <E extends Enum<E> & Coded> E optionalCode(String value, Class<E> type, String field, Errors errors) {
        return blankToNull(value) == null ? null : code(value, type, field, errors);
    }

    public static <E extends Enum<E> & Coded> Set<E> codes(List<String> values, Class<E> type, String field,
                                                    Errors errors) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            Coded.find(type, value).ifPresentOrElse(result::add,
                    () -> errors.rejectValue(field, "error.choice", "choose among: " + Coded.codes(type)));
        }
        return result;
    }

    public static PartialDate date(String text, String field, Errors errors) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "forms.error.date", e.getMessage());
            return null;
        }
    }

    /** A start and an end date, the end not before the start. */
    public static PartialDate[] period(String fromText, String fromField, String toText, String toField, Errors errors) {
        PartialDate from = date(fromText, fromField, errors);
        PartialDate to = date(toText, toField, errors);
        if (from != null && to != null && to.value().compareTo(from.value()) < 0) {
            errors.rejectValue(toField, "error.endBeforeStart", "the end is before the start");
        }
        return new PartialDate[] {from, to};
    }

    /**
     * The sources of a form's rows (see {@link SourceRow}), skipping the empty ones and those ticked "remove": at
     * most {@link #MAX_SOURCES}, each mistake reported on its row's field ({@code sources[1].url}) with the row's
     * number, as "Source 2: …".
     */
    public static List<Source> sources(List<SourceRow> rows, String field, Errors errors) {
        List<Source> sources = new ArrayList<>();
        int before = errors.getErrorCount();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (row == null || row.skipped()) {
                continue;
            }
            String path = field + "[" + i + "].";
            String number = String.valueOf(i + 1);
            String title = rowText(row.getTitle(), path + "title", "source", number, SOURCE_TITLE, errors);
            if (title == null && !errors.hasFieldErrors(path + "title")) {
                errors.rejectValue(path + "title", "forms.error.source.title", new Object[] {number},
                        "give the title of the source");
            }
            String url = rowUrl(row.getUrl(), path + "url", "source", number, errors);
            LocalDate accessed = null;
            String accessedText = blankToNull(row.getAccessed());
            if (accessedText != null) {
                try {
                    accessed = LocalDate.parse(accessedText);
                } catch (DateTimeParseException e) {
                    errors.rejectValue(path + "accessed", "forms.error.source.accessed", new Object[] {number},
                            "write the date it was read as YYYY-MM-DD");
                }
            }
            if (title != null) {
                sources.add(new Source(title, url, accessed));
            }
        }
        if (sources.size() > MAX_SOURCES) {
            errors.rejectValue(field, "error.tooMany", new Object[] {String.valueOf(MAX_SOURCES)},
                    "at most " + MAX_SOURCES + " sources");
        }
        return errors.getErrorCount() > before ? List.of() : sources;
    }

    /**
     * An optional text of a numbered row ("Source 2", "Reform 1"); null when blank or refused. {@code what} picks
     * the messages: forms.error.{what}.tooLong.
     */
    public static String rowText(String text, String field, String what, String number, int max, Errors errors) {
        String value = blankToNull(text);
        if (value != null && value.length() > max) {
            errors.rejectValue(field, "forms.error." + what + ".tooLong", new Object[] {number, String.valueOf(max)},
                    "at most " + max + " characters");
            return null;
        }
        if (value != null && !printable(value)) {
            controlCharacter(field, errors);
            return null;
        }
        return value;
    }

    /** An optional http(s) address of a numbered row; null when blank or refused. */
    public static String rowUrl(String text, String field, String what, String number, Errors errors) {
        String value = blankToNull(text);
        if (value != null && !isUrl(value)) {
            errors.rejectValue(field, "forms.error." + what + ".url", new Object[] {number},
                    "the address must start with http:// or https://");
            return null;
        }
        return rowText(value, field, what, number, URL, errors);
    }

    /** A number as people type it: a decimal comma is a decimal point. */
    public static Double number(String text, String field, Errors errors) {
        String value = blankToNull(text);
        if (value == null) {
            errors.rejectValue(field, "error.required", "required");
            return null;
        }
        try {
            double number = Double.parseDouble(value.replace(',', '.').replace(" ", ""));
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "error.number", "not a number");
            return null;
        }
    }

    public static Integer whole(String text, String field, int min, int max, Errors errors) {
        String value = blankToNull(text);
        if (value == null) {
            errors.rejectValue(field, "error.required", "required");
            return null;
        }
        if (!value.matches("-?\\d{1,9}")) {
            errors.rejectValue(field, "error.number", "not a whole number");
            return null;
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            errors.rejectValue(field, "error.range", new Object[] {String.valueOf(min), String.valueOf(max)},
                    "must be within " + min + ".." + max);
            return null;
        }
        return number;
    }

    /** The lines of a text, trimmed, without the blank ones. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** The fields whose stored value differs from what the form sent: what the other person changed. */
    public static final class Differences {

        private final Map<String, String> theirs = new LinkedHashMap<>();

        public Differences compare(String field, Object mine, Object stored) {
            String a = normal(mine);
            String b = normal(stored);
            if (!Objects.equals(a, b)) {
                theirs.put(field, b == null ? "" : b);
            }
            return this;
        }

        /** Lists compared as sets: the order of ticked boxes means nothing. */
        public Differences compareSets(String field, List<?> mine, List<?> stored) {
            List<String> a = mine == null ? List.of() : mine.stream().map(String::valueOf).sorted().toList();
            List<String> b = stored == null ? List.of() : stored.stream().map(String::valueOf).sorted().toList();
            if (!a.equals(b)) {
                theirs.put(field, String.join(", ", b));
            }
            return this;
        }

        /** Trimmed, with the line ends a browser sends (CR LF) as they are stored (LF). */
        private static String normal(Object value) {
            return value == null ? null : blankToNull(String.valueOf(value).replace("\r\n", "\n"));
        }

        public Map<String, String> values() {
            return theirs;
        }
    }

    /** 45.0 as "45", 12.5 as "12.5": what a researcher would type. */
    public static String plainNumber(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
