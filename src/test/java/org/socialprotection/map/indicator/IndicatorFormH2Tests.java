package org.socialprotection.map.indicator;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class IndicatorFormH2Tests extends IndicatorFormTests {
}
