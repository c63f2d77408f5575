package org.socialprotection.map.history;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class HistoryPageH2Tests extends HistoryPageTests {
}
