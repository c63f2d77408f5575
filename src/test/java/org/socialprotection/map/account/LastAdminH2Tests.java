package org.socialprotection.map.account;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class LastAdminH2Tests extends LastAdminTests {
}
