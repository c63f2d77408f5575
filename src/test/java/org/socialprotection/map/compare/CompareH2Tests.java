package org.socialprotection.map.compare;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class CompareH2Tests extends CompareTests {
}
