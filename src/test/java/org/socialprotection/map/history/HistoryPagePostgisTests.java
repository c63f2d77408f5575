package org.socialprotection.map.history;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class HistoryPagePostgisTests extends HistoryPageTests {
}
