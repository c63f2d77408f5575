package org.socialprotection.map.gazetteer;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class AtlasPlacesPostgisTests extends AtlasPlacesTests {
}
