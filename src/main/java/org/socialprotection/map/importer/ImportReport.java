package org.socialprotection.map.importer;

import java.util.List;

/**
 * What an import found: every problem with its row, column, value and reason. {@code committed} is true only when
 * every row was valid and the import was not a dry run; otherwise nothing was stored.
 */
public record ImportReport(String format, int rows, int validRows, boolean dryRun, boolean committed,
                           List<Problem> problems, List<Long> created) {

    public record Problem(int row, String column, String value, String reason) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
