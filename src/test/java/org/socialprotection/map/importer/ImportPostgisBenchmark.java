package org.socialprotection.map.importer;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ImportPostgisBenchmark extends ImportBenchmark {

    @Override
    String database() {
        return "postgis";
    }

    @Override
    String nextIds() {
        return "SELECT nextval('observation_seq') FROM generate_series(1, ?)";
    }

    /** The same rows through the driver's CopyManager, as CSV, in one transaction committed. */
    @Override
    double copy(List<String[]> rows, List<Long> ids) {
        StringBuilder observations = new StringBuilder();
        StringBuilder groups = new StringBuilder();
        StringBuilder sources = new StringBuilder();
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> jdbc.execute((Connection c) -> {
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                String point = "SRID=4326;POINT(" + r[5] + " " + r[4] + ")";
                observations.append(ids.get(i)).append(',').append("bench-").append(ids.get(i)).append(',')
                        .append(r[1].toUpperCase(Locale.ROOT)).append(',').append(quoted(r[0])).append(',')
                        .append(point).append(',').append(point).append(',').append(quoted(r[2]))
                        .append(",OTHER,EXACT,").append(r[3]).append(',').append(r[7]).append(',').append(r[7])
                        .append(',').append(r[7]).append(",DRAFT,bench,2026-01-01 00:00:00+00\n");
                groups.append(ids.get(i)).append(",DOMESTIC_WORKERS\n");
                sources.append(ids.get(i)).append(",0,").append(quoted(r[8])).append(',').append(quoted(r[9]))
                        .append('\n');
            }
            try {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("COPY observation (id, slug, kind, title, location, public_location, place_name, "
                        + "place_type, privacy, country_iso3, observed_from, from_year, to_year, status, created_by, "
                        + "created_at) FROM STDIN WITH (FORMAT csv)", new StringReader(observations.toString()));
                copy.copyIn("COPY observation_group (observation_id, worker_group) FROM STDIN WITH (FORMAT csv)",
                        new StringReader(groups.toString()));
                copy.copyIn("COPY observation_source (observation_id, position, title, url) FROM STDIN "
                        + "WITH (FORMAT csv)", new StringReader(sources.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            return null;
        }));
        return (System.nanoTime() - start) / 1e9;
    }

    /** Dead rows of the last side would slow the next one down: each starts from clean tables. */
    @Override
    void tidy() {
        jdbc.execute("VACUUM ANALYZE observation, observation_group, observation_source, observation_aud, "
                + "observation_group_aud, observation_source_aud, revision");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
