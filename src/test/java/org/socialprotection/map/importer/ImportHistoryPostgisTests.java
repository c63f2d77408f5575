package org.socialprotection.map.importer;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ImportHistoryPostgisTests extends ImportHistoryTests {
}
