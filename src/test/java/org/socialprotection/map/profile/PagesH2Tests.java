package org.socialprotection.map.profile;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class PagesH2Tests extends PagesTests {
}
