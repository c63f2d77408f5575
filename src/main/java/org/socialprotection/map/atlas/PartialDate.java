package org.socialprotection.map.atlas;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date only as precise as its source: "2004", "2004-08" or "2004-08-31". Sources on social protection often
 * give a year alone; storing 2004-01-01 would state a fact they do not support.
 */
public record PartialDate(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public PartialDate {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + value + "'");
        }
        try {
            switch (value.length()) {
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> { }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date: '" + value + "'");
        }
    }

    /** Null for a blank text; an {@link IllegalArgumentException} for a malformed one. */
    public static PartialDate parse(String text) {
        return text == null || text.isBlank() ? null : new PartialDate(text.trim());
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    @Override
    public String toString() {
        return value;
    }
}
