package org.socialprotection.map.bootstrap;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class AtlasDataLoaderPostgisTests extends AtlasDataLoaderTests {
}
