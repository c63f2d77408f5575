package org.socialprotection.map.compare;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ComparePostgisTests extends CompareTests {
}
