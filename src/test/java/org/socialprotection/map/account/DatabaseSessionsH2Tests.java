package org.socialprotection.map.account;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class DatabaseSessionsH2Tests extends DatabaseSessionsTests {
}
