package org.socialprotection.map.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the columns that hold dates, so that a report can say which dates it did not read: a survey export has
 * several (start, end, today, the submission time) and only one can be the observation's.
 */
final class DateColumns {

    private static final Set<String> NAMES = Set.of("date", "today", "start", "end", "time", "day", "datetime",
            "timestamp", "jour", "heure", "fecha", "dia", "hora");
    private static final Pattern VALUE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?([T ].*)?|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    private DateColumns() {
    }

    /** A column named like a date, or whose first filled cell reads as one. */
    static boolean looksLikeDates(String column, Table table) {
        // words of the name: "_submission_time", "visit/date_of_visit"; not "vendor" for "end"
        for (String word : column.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (NAMES.contains(word)) {
                return true;
            }
        }
        return table.rows().stream().map(r -> r.get(column)).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(v -> VALUE.matcher(v.trim()).matches()).orElse(false);
    }
}
