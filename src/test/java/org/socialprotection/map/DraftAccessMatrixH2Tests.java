package org.socialprotection.map;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class DraftAccessMatrixH2Tests extends DraftAccessMatrixTests {
}
