package org.socialprotection.map.scheme;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class SchemeFormPostgisTests extends SchemeFormTests {
}
