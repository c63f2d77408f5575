package org.socialprotection.map.atlas;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The few rules of wording that pages, panels, reports and exports share, so that each is written once: a name in
 * the reader's language inside a message, a scheme's acronym shown only where its name lacks it, and a file size in
 * the reader's unit ("Mo" in French).
 */
public final class Wording {

    /** The bundles' key whose pattern picks the English, French or Spanish argument: {0}, {1} or {2} and code {3}. */
    static final String NAMED = "wording.named";

    private Wording() {
    }

    /**
     * A name and its code, such as "Ghana (GHA)", as a message argument: resolved in the reader's language when the
     * message is shown (Spring resolves resolvable arguments), so a refusal made once reads right in every language.
     */
    public static MessageSourceResolvable named(String en, String fr, String es, String code) {
        String english = en + " (" + code + ")";
        return new DefaultMessageSourceResolvable(new String[] {NAMED},
                new Object[] {en, blankTo(fr, en), blankTo(es, en), code}, english);
    }

    /**
     * The acronym to show after a scheme's name, or null when there is none or the name already holds it as a word
     * ("Livelihood Empowerment Against Poverty (LEAP)"), which would otherwise read "(LEAP) (LEAP)".
     */
    public static String acronymAfter(String name, String acronym) {
        if (acronym == null || acronym.isBlank()) {
            return null;
        }
        String a = acronym.strip();
        if (name == null) {
            return a;
        }
        boolean inName = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(a) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(name).find();
        return inName ? null : a;
    }

    /** A scheme's name followed by its acronym where {@link #acronymAfter} shows one. */
    public static String schemeName(String name, String acronym) {
        String shown = acronymAfter(name, acronym);
        return shown == null ? name : name + " (" + shown + ")";
    }

    /**
     * A file size in megabytes with one decimal, in the locale's digits and unit: "1.2 MB", "1,2 Mo", "1,2 MB".
     * Sizes under a tenth of a megabyte show as 0.1 so that no file looks empty.
     */
    public static String megabytes(long bytes, Locale locale) {
        double mb = Math.max(bytes / (1024.0 * 1024.0), bytes > 0 ? 0.1 : 0);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        String unit = "fr".equals(locale.getLanguage()) ? "Mo" : "MB";
        // a no-break space keeps the number and its unit on one line
        return format.format(mb) + "\u00a0" + unit;
    }

    /**
     * A figure with its unit as a reader of the locale writes it: "91.5%", "91,5 %" (narrow no-break space in
     * French), "91,5 %"; "1,200 persons", "1 200 personnes", "1.200 personas". Any other unit (an indicator's own,
     * such as USD) follows the number as stored. Never "91.5 percent" from the unit's code.
     */
    public static String amount(Number value, String unit, Locale locale) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        String number = format.format(value);
        String language = locale.getLanguage();
        if ("percent".equals(unit)) {
            return switch (language) {
                case "fr" -> number + "\u202f%";
                case "es" -> number + "\u00a0%";
                default -> number + "%";
            };
        }
        if ("persons".equals(unit)) {
            String word = switch (language) {
                case "fr" -> value.doubleValue() < 2 ? "personne" : "personnes";
                case "es" -> value.doubleValue() == 1 ? "persona" : "personas";
                default -> value.doubleValue() == 1 ? "person" : "persons";
            };
            return number + "\u00a0" + word;
        }
        return unit == null || unit.isBlank() ? number : number + "\u00a0" + unit;
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
