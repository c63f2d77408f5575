package org.socialprotection.map.country;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class CountryApiPostgisTests extends CountryApiTests {
}
