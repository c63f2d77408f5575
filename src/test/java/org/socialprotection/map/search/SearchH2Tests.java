package org.socialprotection.map.search;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SearchH2Tests extends SearchTests {
}
