package org.socialprotection.map.gazetteer;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class AtlasPlacesH2Tests extends AtlasPlacesTests {
}
