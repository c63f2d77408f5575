package org.socialprotection.map.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the columns that hold dates, so that a report can say which dates it did not read: a survey export has
 * several (start, end, today, the submission time) and only one can be the observation's.
 */
final class DateColumns {

    private static final Pattern NAME = Pattern.compile(".*(date|today|start|end|time|day|jour|fecha|dia).*");
    private static final Pattern VALUE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?([T ].*)?|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    private DateColumns() {
    }

    /** A column named like a date, or whose first filled cell reads as one. */
    static boolean looksLikeDates(String column, Table table) {
        if (NAME.matcher(column.toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        return table.rows().stream().map(r -> r.get(column)).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(v -> VALUE.matcher(v.trim()).matches()).orElse(false);
    }
}
