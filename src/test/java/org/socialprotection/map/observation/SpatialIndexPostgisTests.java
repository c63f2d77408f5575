package org.socialprotection.map.observation;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class SpatialIndexPostgisTests extends SpatialIndexTests {

    @Override
    void preferIndexes() {
        jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
    }
}
