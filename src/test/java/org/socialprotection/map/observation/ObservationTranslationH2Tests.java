package org.socialprotection.map.observation;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class ObservationTranslationH2Tests extends ObservationTranslationTests {
}
