package org.socialprotection.map.indicator;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class IndicatorFormPostgisTests extends IndicatorFormTests {
}
