package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.support.PostgisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.util.LinkedMultiValueMap;

@PostgisTest
class ObservationApiPostgisTests extends ObservationApiTests {

    @Autowired JdbcTemplate jdbc;

    /** A generic plan, made once for any box, read a continent in the order of a city's (0.4 s instead of 10 ms). */
    @Test
    void everyStatementIsPlannedForItsValues() {
        assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }

    /**
     * World clusters read only the narrow index of published points, never the wide rows: the query must not ask
     * for a column the index lacks.
     */
    @Test
    void worldClustersAreCountedFromTheIndexOfPublishedPoints() {
        assertThat(planOf(ObservationQueries.CLUSTERS_SELECT.replace(":cell", "10")
                + "observation o WHERE o.status = 'PUBLISHED'"
                + ObservationQueries.CLUSTERS_GROUP.replace(":cell", "10.5"), new MapSqlParameterSource()))
                .contains("Index Only Scan using observation_published_lonlat");
    }

    /** numberMatched of a box is counted from the same index alone, without reading the wide rows (V35). */
    @Test
    void theCountOfABoxReadsOnlyTheIndexOfPublishedPoints() {
        ObservationQuery africa = ObservationQuery.parse(
                new LinkedMultiValueMap<>(Map.of("bbox", List.of("-18,-35,52,38"))));
        SqlFilter count = ObservationQueries.coordinateFilter(africa).bind("cap", 10_001);
        assertThat(planOf("SELECT COUNT(*) FROM (" + ObservationQueries.IDS + "observation o" + count.clause()
                + " LIMIT :cap) matches", count.params()))
                .contains("Index Only Scan using observation_published_lonlat").contains("Index Cond");
    }

    /** The ids of a page whose features are kept come from the same index alone too. */
    @Test
    void theIdsOfAPageOfKeptFeaturesReadOnlyTheIndexOfPublishedPoints() {
        ObservationQuery delhi = ObservationQuery.parse(
                new LinkedMultiValueMap<>(Map.of("bbox", List.of("76.96,28.36,77.46,28.86"))));
        SqlFilter ids = ObservationQueries.coordinateFilter(delhi).bind("limit", 1000).bind("offset", 0);
        assertThat(planOf(ObservationQueries.IDS + "observation o" + ids.clause() + ObservationQueries.ORDER_PAGE,
                ids.params())).contains("Index Only Scan using observation_published_lonlat")
                .doesNotContain("public_location");
    }

    /**
     * The plan of a statement with the table's own scans turned off: the planner prefers the table for the test's
     * few rows, so it is asked to avoid it; the test runs in a transaction, so the settings end with it.
     */
    private String planOf(String sql, SqlParameterSource params) {
        jdbc.execute("SET LOCAL enable_seqscan = off");
        jdbc.execute("SET LOCAL enable_bitmapscan = off");
        return String.join("\n", new NamedParameterJdbcTemplate(jdbc).queryForList("EXPLAIN " + sql, params,
                String.class));
    }
}
