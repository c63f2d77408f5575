package org.socialprotection.map.export;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Makes a value safe as a cell of a CSV file that Excel or LibreOffice opens (OWASP "CSV Injection"): a text that
 * begins with {@code = + - @}, a tab or a carriage return (or their full-width forms, which both read as formulas)
 * gets a leading single quote, so the spreadsheet shows it as text instead of running it as a formula. Numbers,
 * and texts that are nothing but a decimal number such as "-3.5", are written as they are: a number is never a
 * formula, and an export must not turn a negative longitude into text. Every CSV the atlas writes goes through here.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");

    private CsvCells() {
    }

    /** The value as a cell: numbers and booleans as they are, a text neutralised if a spreadsheet would run it. */
    public static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return text(value.toString());
    }

    public static String text(String value) {
        if (value == null || value.isEmpty() || TRIGGERS.indexOf(value.charAt(0)) < 0
                || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** A row of cells, each through {@link #cell}. */
    public static Object[] row(Object... values) {
        return Arrays.stream(values).map(CsvCells::cell).toArray();
    }
}
