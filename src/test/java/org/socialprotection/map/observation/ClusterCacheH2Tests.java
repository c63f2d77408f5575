package org.socialprotection.map.observation;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class ClusterCacheH2Tests extends ClusterCacheTests {
}
