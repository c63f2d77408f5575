package org.socialprotection.map.observation;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class ObservationPlacementH2Tests extends ObservationPlacementTests {
}
