package org.socialprotection.map.profile;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class CountryAsOfH2Tests extends CountryAsOfTests {
}
