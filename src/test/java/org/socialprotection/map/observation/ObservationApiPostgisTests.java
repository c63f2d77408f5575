package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.support.PostgisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
     * for a column the index lacks. (The planner prefers the table itself for the test's few rows, so it is asked
     * to avoid it; the test runs in a transaction, so the setting ends with it.)
     */
    @Test
    void worldClustersAreCountedFromTheIndexOfPublishedPoints() {
        jdbc.execute("SET LOCAL enable_seqscan = off");
        jdbc.execute("SET LOCAL enable_bitmapscan = off");
        List<String> plan = jdbc.queryForList("EXPLAIN " + ObservationQueries.CLUSTERS_SELECT.replace(":cell", "10")
                + "observation o WHERE o.status = 'PUBLISHED'"
                + ObservationQueries.CLUSTERS_GROUP.replace(":cell", "10.5"), String.class);
        assertThat(String.join("\n", plan)).contains("Index Only Scan using observation_published_lonlat");
    }

    /** numberMatched of a box is counted from the same index alone, without reading the wide rows (V35). */
    @Test
    void theCountOfABoxReadsOnlyTheIndexOfPublishedPoints() {
        jdbc.execute("SET LOCAL enable_seqscan = off");
        jdbc.execute("SET LOCAL enable_bitmapscan = off");
        ObservationQuery africa = ObservationQuery.parse(
                new LinkedMultiValueMap<>(Map.of("bbox", List.of("-18,-35,52,38"))));
        SqlFilter count = ObservationQueries.coordinateFilter(africa).bind("cap", 10_001);
        List<String> plan = new NamedParameterJdbcTemplate(jdbc).queryForList(
                "EXPLAIN SELECT COUNT(*) FROM (" + ObservationQueries.IDS + "observation o" + count.clause()
                        + " LIMIT :cap) matches", count.params(), String.class);
        assertThat(String.join("\n", plan)).contains("Index Only Scan using observation_published_lonlat")
                .contains("Index Cond");
    }

    /** The ids of a page whose features are kept come from the same index alone too. */
    @Test
    void theIdsOfAPageOfKeptFeaturesReadOnlyTheIndexOfPublishedPoints() {
        jdbc.execute("SET LOCAL enable_seqscan = off");
        jdbc.execute("SET LOCAL enable_bitmapscan = off");
        ObservationQuery delhi = ObservationQuery.parse(
                new LinkedMultiValueMap<>(Map.of("bbox", List.of("76.96,28.36,77.46,28.86"))));
        SqlFilter ids = ObservationQueries.coordinateFilter(delhi).bind("limit", 1000).bind("offset", 0);
        List<String> plan = new NamedParameterJdbcTemplate(jdbc).queryForList("EXPLAIN " + ObservationQueries.IDS
                + "observation o" + ids.clause() + ObservationQueries.ORDER_PAGE, ids.params(), String.class);
        assertThat(String.join("\n", plan)).contains("Index Only Scan using observation_published_lonlat")
                .doesNotContain("public_location");
    }
}
