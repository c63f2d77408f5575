package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.geo.SpatialDialect;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The bbox filter of the observation list is answered from the spatial index, on both databases. */
@AtlasTest
@Transactional
abstract class SpatialIndexTests {

    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired SpatialDialect dialect;

    /** Makes the planner prefer an index where one can serve, since the demo atlas is small enough to scan. */
    abstract void preferIndexes();

    @Test
    void bboxQueryUsesTheSpatialIndex() {
        preferIndexes();
        ObservationQuery query = new ObservationQuery(Bbox.parse("-1,5,1,6"), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), null, null, null, 10, 0);
        SqlFilter filter = ObservationQueries.filter(query).bind("limit", 10).bind("offset", 0);
        String plan = String.join("\n", jdbc.queryForList("EXPLAIN " + ObservationQueries.IDS
                + ObservationQueries.table(query, dialect) + filter.clause()
                + ObservationQueries.ORDER_PAGE, filter.params(), String.class));
        assertThat(plan.toLowerCase()).contains("observation_public_location_sidx");
    }
}
