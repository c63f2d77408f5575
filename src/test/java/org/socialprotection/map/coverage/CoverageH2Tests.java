package org.socialprotection.map.coverage;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class CoverageH2Tests extends CoverageTests {
}
