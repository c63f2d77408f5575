package org.socialprotection.map.observation;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ClusterCachePostgisTests extends ClusterCacheTests {
}
