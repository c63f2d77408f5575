package org.socialprotection.map.importer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A job's end is recorded even when the database restarts just as the import ends. */
class ImportJobEndTests {

    static final ImportReport REPORT = new ImportReport("csv", 1, 1, true, false, List.of(), List.of(), List.of(),
            Map.of(), false, 1, 0, 0, List.of(), List.of(), List.of());

    static RuntimeException outage() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available", "08001"));
    }

    @Test
    void theEndOfAJobIsRecordedOnceTheDatabaseIsBack() {
        ImportJobRows rows = mock(ImportJobRows.class);
        doThrow(outage()).doThrow(outage()).doNothing().when(rows).done(anyString(), any());
        ImportJobs jobs = new ImportJobs(rows);
        try {
            jobs.submit("observations", Map.of(), true, "ines", progress -> REPORT);
            verify(rows, timeout(10_000).times(3)).done(anyString(), eq(REPORT));
        } finally {
            jobs.destroy();
        }
    }

    @Test
    void anImportThatLostTheDatabaseSaysSoInTheUsersTerms() {
        ImportJobRows rows = mock(ImportJobRows.class);
        ImportJobs jobs = new ImportJobs(rows);
        try {
            jobs.submit("observations", Map.of(), false, "ines", progress -> {
                throw outage();
            });
            verify(rows, timeout(5_000)).failed(anyString(), eq(ImportJobs.DATABASE_LOST));
            verify(rows, never()).done(anyString(), any());
        } finally {
            jobs.destroy();
        }
    }
}
