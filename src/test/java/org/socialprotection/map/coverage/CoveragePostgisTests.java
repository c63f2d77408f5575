package org.socialprotection.map.coverage;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class CoveragePostgisTests extends CoverageTests {
}
