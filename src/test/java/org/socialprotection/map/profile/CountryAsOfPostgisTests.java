package org.socialprotection.map.profile;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class CountryAsOfPostgisTests extends CountryAsOfTests {
}
