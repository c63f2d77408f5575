package org.socialprotection.map.country;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class CountryApiH2Tests extends CountryApiTests {
}
