package org.socialprotection.map.account;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class DatabaseSessionsPostgisTests extends DatabaseSessionsTests {
}
