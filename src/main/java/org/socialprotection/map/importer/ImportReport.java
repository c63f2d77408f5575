package org.socialprotection.map.importer;

import java.util.List;
import java.util.Map;

/**
 * What an import found: every problem with its row, column, value and reason. {@code committed} is true when the
 * import was not a dry run and either every row was valid or {@code partial} was chosen (then the valid rows were
 * stored and the refused ones left out); otherwise nothing was stored. {@code columns} are the file's columns and
 * {@code fields} the column each field was read from (null for none), so that a mapping can be corrected;
 * {@code ignored} are the columns no field reads, and {@code dateColumns} those of them that look like dates.
 * {@code createdRows}, {@code updatedRows} and {@code unchangedRows} count what the valid rows do (or would do, in a
 * dry run) and {@code changes} names the rows that update or leave unchanged a record an earlier import made.
 */
public record ImportReport(String format, int rows, int validRows, boolean dryRun, boolean committed,
                           List<Problem> problems, List<Long> created, List<String> columns,
                           Map<String, String> fields, boolean partial, int createdRows, int updatedRows,
                           int unchangedRows, List<Change> changes, List<String> ignored, List<String> dateColumns) {

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

    /**
     * A row that updates ({@code updated}) or leaves as it was ({@code unchanged}) the record {@code id}; a row that
     * updates a published or in-review record gives it a new version for review ({@code newVersion}), counted as
     * updated, and the record stays as it is until an editor publishes that version.
     */
    public record Change(int row, long id, String outcome) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The rows left out: every row when the file as a whole cannot be read with its columns. */
    public int refusedRows() {
        return rows - validRows;
    }
}
