package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far an import is from the floor, on the same database in the same run: the import committed (every row through
 * the form's checks, placed in its country, duplicates looked for, written with its history) against plain JDBC batch
 * inserts of the same rows and their group and source rows (no checks, no history, committed), against COPY of them
 * where the database has it (PostgreSQL), and the import's dry run (all of the import but the commit and its history).
 * Every side commits into the same scratch state, which is emptied after each (what it committed is deleted, history
 * too), so each round starts alike. Rounds run all sides back to back, so that a noisy machine hurts them alike; the
 * ratios are what to compare between runs. Run with {@code ./mvnw test -Pbench}; tables in target/benchmarks/ (see
 * docs/BENCHMARKS.md).
 */
@AtlasTest
@Tag("bench")
abstract class ImportBenchmark {

    static final int ROWS = Integer.getInteger("spmap.bench.importRows", 20_000);
    static final int ROUNDS = Integer.getInteger("spmap.bench.importRounds", 5);
    /** The dry run too (-Dspmap.bench.importDryRun=false leaves it out: it costs about as much as the import). */
    static final boolean DRY_RUN = Boolean.parseBoolean(System.getProperty("spmap.bench.importDryRun", "true"));
    private static final String USER = "bench";
    /** Observation's allocationSize and the sequence's INCREMENT (V30): one sequence value is a block of ids. */
    private static final int ID_BLOCK = 50;

    private static final String INSERT = """
            INSERT INTO observation (id, slug, kind, title, location, public_location, place_name, place_type, privacy,
                                     country_iso3, observed_from, from_year, to_year, status, created_by, created_at)
            VALUES (?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ST_SetSRID(ST_MakePoint(?, ?), 4326), ?, 'OTHER',
                    'EXACT', ?, ?, ?, ?, 'DRAFT', 'bench', CURRENT_TIMESTAMP)""";

    @Autowired Imports imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    abstract String database();

    /** One value of the observation id sequence a row, for {@code ?} rows. */
    abstract String nextIds();

    /** COPY of the same rows, where the database has it; else -1. */
    double copy(List<String[]> rows, List<Long> ids) throws SQLException {
        return -1;
    }

    /** Empties the tables after a side's commit, outside any transaction. */
    void tidy() {
    }

    @Test
    void importAgainstPlainInsertsAndCopy() throws Exception {
        List<String[]> rows = rows(ROWS);
        byte[] csv = csv(rows);
        // a round first, not counted (of at most 10,000 rows): the JIT and the database's caches warm up on it
        List<String[]> warm = rows(Math.min(ROWS, 10_000));
        round(warm, csv(warm));
        double[][] times = new double[ROUNDS][];
        for (int round = 0; round < ROUNDS; round++) {
            times[round] = round(rows, csv);
        }
        boolean copies = times[0][1] >= 0;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "| database | rows | round | plain inserts (s) "
                + "| COPY (s) | import committed (s) | import dry run (s) | import / plain | import / COPY |%n"
                + "|---|---|---|---|---|---|---|---|---|%n"));
        double[] toPlain = new double[ROUNDS];
        double[] toCopy = new double[ROUNDS];
        double[] committed = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            double[] t = times[round];
            toPlain[round] = t[2] / t[0];
            toCopy[round] = copies ? t[2] / t[1] : Double.NaN;
            committed[round] = t[2];
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %s | %.2f | %s | %.1f | %s |%n",
                    database(), ROWS, round + 1, t[0], copies ? String.format(Locale.ROOT, "%.2f", t[1]) : "n/a",
                    t[2], DRY_RUN ? String.format(Locale.ROOT, "%.2f", t[3]) : "not run", toPlain[round],
                    copies ? String.format(Locale.ROOT, "%.1f", toCopy[round]) : "n/a"));
        }
        out.append(String.format(Locale.ROOT, "%nmedian ratios on %s: import committed / plain inserts %.1f", database(),
                median(toPlain)));
        if (copies) {
            out.append(String.format(Locale.ROOT, ", import committed / COPY %.1f", median(toCopy)));
        }
        out.append(String.format(Locale.ROOT, "; %.0f rows/s through the import%n", ROWS / median(committed)));
        System.out.print(out);
        Path file = Path.of("target", "benchmarks", "import-" + database() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        assertThat(Arrays.stream(toPlain).min().orElse(0)).as("every side ran").isPositive();
    }

    /** Plain inserts, COPY, the import committed and its dry run, each from and back to the same scratch state. */
    private double[] round(List<String[]> rows, byte[] csv) throws SQLException {
        double plain = plain(rows, ids(rows.size()));
        clean();
        double copy = copy(rows, ids(rows.size()));
        clean();
        long before = lastRevision();
        double committed = engine(csv, false);
        clean(before);
        double dryRun = DRY_RUN ? engine(csv, true) : Double.NaN;
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE created_by = ?", Long.class, USER))
                .as("the dry run left nothing").isZero();
        return new double[] {plain, copy, committed, dryRun};
    }

    private double engine(byte[] csv, boolean dryRun) {
        // signed in, as a person importing is: the history's revisions carry the name the cleaning looks for
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USER,
                null, AuthorityUtils.createAuthorityList("ROLE_RESEARCHER")));
        long start = System.nanoTime();
        ImportReport report;
        try {
            report = imports.run("observations", csv, Map.of(), dryRun, false, USER, Locale.ENGLISH);
        } finally {
            SecurityContextHolder.clearContext();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(report.problems()).isEmpty();
        assertThat(report.committed()).isEqualTo(!dryRun);
        return seconds;
    }

    /** Ids as Hibernate takes them: a block from each sequence value, one query for all. */
    List<Long> ids(int n) {
        List<Long> starts = jdbc.queryForList(nextIds(), Long.class, (n + ID_BLOCK - 1) / ID_BLOCK);
        List<Long> ids = new ArrayList<>(n);
        for (long start : starts) {
            for (int i = 0; i < ID_BLOCK && ids.size() < n; i++) {
                ids.add(start + i);
            }
        }
        return ids;
    }

    /** The same rows, straight into the tables with JDBC batches, committed. */
    private double plain(List<String[]> rows, List<Long> ids) {
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> jdbc.execute((Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (int i = 0; i < rows.size(); i++) {
                    String[] r = rows.get(i);
                    double lon = Double.parseDouble(r[5]);
                    double lat = Double.parseDouble(r[4]);
                    insert.setLong(1, ids.get(i));
                    insert.setString(2, "bench-" + UUID.randomUUID().toString().substring(0, 13));
                    insert.setString(3, r[1].toUpperCase(Locale.ROOT));
                    insert.setString(4, r[0]);
                    insert.setDouble(5, lon);
                    insert.setDouble(6, lat);
                    insert.setDouble(7, lon);
                    insert.setDouble(8, lat);
                    insert.setString(9, r[2]);
                    insert.setString(10, r[3]);
                    insert.setString(11, r[7]);
                    insert.setInt(12, Integer.parseInt(r[7]));
                    insert.setInt(13, Integer.parseInt(r[7]));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement group = c.prepareStatement(
                    "INSERT INTO observation_group (observation_id, worker_group) VALUES (?, ?)");
                 PreparedStatement source = c.prepareStatement(
                         "INSERT INTO observation_source (observation_id, position, title, url) VALUES (?, 0, ?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    group.setLong(1, ids.get(i));
                    group.setString(2, "DOMESTIC_WORKERS");
                    group.addBatch();
                    source.setLong(1, ids.get(i));
                    source.setString(2, rows.get(i)[8]);
                    source.setString(3, rows.get(i)[9]);
                    source.addBatch();
                    if (i % 1000 == 999) {
                        group.executeBatch();
                        source.executeBatch();
                    }
                }
                group.executeBatch();
                source.executeBatch();
            }
            return null;
        }));
        return (System.nanoTime() - start) / 1e9;
    }

    private long lastRevision() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM revision", Long.class);
    }

    /** Deletes the scratch rows: the observations (their groups and sources follow by cascade). */
    private void clean() {
        clean(lastRevision());
    }

    /** ... and the history written after revision {@code before}. */
    private void clean(long before) {
        transactions.executeWithoutResult(status -> jdbc.execute((Connection c) -> {
            List<String> audited = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME");
                    if (name.toLowerCase(Locale.ROOT).endsWith("_aud")) {
                        audited.add(name);
                    }
                }
            }
            // the import's revisions only (its user's, after {@code before}): another writer's history stays
            String ours = "SELECT id FROM revision WHERE id > ? AND username = ?";
            for (String table : audited) {
                jdbc.update("DELETE FROM " + table + " WHERE rev IN (" + ours + ")", before, USER);
            }
            jdbc.update("DELETE FROM revision WHERE id > ? AND username = ?", before, USER);
            jdbc.update("DELETE FROM observation WHERE created_by = ?", USER);
            return null;
        }));
        tidy();
    }

    private static final Object[][] PLACES = {{"GHA", 5.6037, -0.1870}, {"KEN", -1.2864, 36.8172},
            {"IND", 23.0225, 72.5714}, {"PER", -12.0464, -77.0428}};

    static List<String[]> rows(int n) {
        java.util.Random random = new java.util.Random(7);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] p = PLACES[i % PLACES.length];
            rows.add(new String[] {"Bench " + run + " #" + i, i % 3 == 0 ? "exclusion" : "inclusion", "Market",
                    (String) p[0], String.format(Locale.ROOT, "%.5f", (double) p[1] + (random.nextDouble() - .5) * .02),
                    String.format(Locale.ROOT, "%.5f", (double) p[2] + (random.nextDouble() - .5) * .02),
                    "domestic_workers", String.valueOf(2015 + i % 10), "Synthetic benchmark row",
                    "https://example.org/bench"});
        }
        return rows;
    }

    private static byte[] csv(List<String[]> rows) {
        StringBuilder text = new StringBuilder("title,kind,place_name,country,latitude,longitude,groups,observed_from,"
                + "source_title,source_url\n");
        rows.forEach(r -> text.append(String.join(",", r)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
