package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far an import is from the floor: the import engine's dry run (every row through the form's checks, placed in
 * its country, written with its history, then rolled back) against plain JDBC batch inserts of the same rows and
 * their group and source rows (no checks, no history, rolled back too), on the same database in the same run.
 * Rounds alternate the two so that a noisy machine hurts both alike; the ratio is what to compare between runs.
 * Run with {@code ./mvnw test -Pbench}; results in target/benchmarks/ (see docs/BENCHMARKS.md).
 */
@AtlasTest
@Tag("bench")
abstract class ImportBenchmark {

    static final int ROWS = Integer.getInteger("spmap.bench.importRows", 20_000);
    static final int ROUNDS = 5;

    private static final String INSERT = """
            INSERT INTO observation (slug, kind, title, location, public_location, place_name, place_type, privacy,
                                     country_iso3, observed_from, from_year, to_year, status, created_by, created_at)
            VALUES (?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ST_SetSRID(ST_MakePoint(?, ?), 4326), ?, 'OTHER',
                    'EXACT', ?, ?, ?, ?, 'DRAFT', 'bench', CURRENT_TIMESTAMP)""";

    @Autowired Imports imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    abstract String database();

    @Test
    void importAgainstPlainInserts() throws Exception {
        List<String[]> rows = rows(ROWS);
        byte[] csv = csv(rows);
        // a whole round first, not counted: the JIT and the database's caches warm up on it
        raw(rows(ROWS));
        engine(csv(rows(ROWS)));
        double[] engine = new double[ROUNDS];
        double[] raw = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            raw[round] = raw(rows);
            engine[round] = engine(csv);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "| database | rows | round | plain inserts (s) | import dry run (s) | ratio |%n|---|---|---|---|---|---|%n"));
        double[] ratios = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            ratios[round] = engine[round] / raw[round];
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f |%n", database(), ROWS,
                    round + 1, raw[round], engine[round], ratios[round]));
        }
        Arrays.sort(ratios);
        out.append(String.format(Locale.ROOT, "%nmedian ratio on %s: %.1f (import dry run / plain inserts), "
                + "%.0f rows/s through the import%n", database(), ratios[ROUNDS / 2], ROWS / median(engine)));
        System.out.print(out);
        Path file = Path.of("target", "benchmarks", "import-" + database() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        assertThat(ratios[0]).as("both sides ran").isPositive();
    }

    private double engine(byte[] csv) {
        long start = System.nanoTime();
        ImportReport report = imports.run("observations", csv, Map.of(), true, false, "bench", Locale.ENGLISH);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(report.problems()).isEmpty();
        return seconds;
    }

    /** The same rows, straight into the tables, in a transaction rolled back at the end. */
    private double raw(List<String[]> rows) {
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            jdbc.execute((java.sql.Connection c) -> {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                    for (String[] r : rows) {
                        double lon = Double.parseDouble(r[5]);
                        double lat = Double.parseDouble(r[4]);
                        insert.setString(1, "bench-" + UUID.randomUUID().toString().substring(0, 13));
                        insert.setString(2, r[1].toUpperCase(Locale.ROOT));
                        insert.setString(3, r[0]);
                        insert.setDouble(4, lon);
                        insert.setDouble(5, lat);
                        insert.setDouble(6, lon);
                        insert.setDouble(7, lat);
                        insert.setString(8, r[2]);
                        insert.setString(9, r[3]);
                        insert.setString(10, r[7]);
                        insert.setInt(11, Integer.parseInt(r[7]));
                        insert.setInt(12, Integer.parseInt(r[7]));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
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
                    }
                    group.executeBatch();
                    source.executeBatch();
                }
                assertThat(ids).hasSize(rows.size());
                return null;
            });
            status.setRollbackOnly();
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private static final Object[][] PLACES = {{"GHA", 5.6037, -0.1870}, {"KEN", -1.2864, 36.8172},
            {"IND", 23.0225, 72.5714}, {"PER", -12.0464, -77.0428}};

    private static List<String[]> rows(int n) {
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
