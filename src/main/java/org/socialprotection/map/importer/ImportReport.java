package org.socialprotection.map.importer;

import java.util.List;
import java.util.Map;

/**
 * What an import found: every problem with its row, column, value and reason. {@code committed} is true only when
 * every row was valid and the import was not a dry run; otherwise nothing was stored. {@code columns} are the file's
 * columns and {@code fields} the column each field was read from (null for none), so that a mapping can be corrected.
 */
public record ImportReport(String format, int rows, int validRows, boolean dryRun, boolean committed,
                           List<Problem> problems, List<Long> created, List<String> columns,
                           Map<String, String> fields) {

    /**
     * The value is quoted as the file had it, shortened to {@value #QUOTE} characters and with control characters
     * (a NUL byte) shown as \uFFFD: a report quotes, it does not carry a 60 MB cell or a byte no database stores.
     */
    public record Problem(int row, String column, String value, String reason) {

        static final int QUOTE = 200;

        public Problem {
            column = quote(column);
            value = quote(value);
        }

        private static String quote(String text) {
            if (text == null) {
                return null;
            }
            String shown = text.length() > QUOTE ? text.substring(0, QUOTE) + "…" : text;
            return shown.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", "\uFFFD");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
