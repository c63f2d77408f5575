package org.socialprotection.map.country;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class CountryLocatorPostgisTests extends CountryLocatorTests {
}
