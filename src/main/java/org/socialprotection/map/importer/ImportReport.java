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

    public record Problem(int row, String column, String value, String reason) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
