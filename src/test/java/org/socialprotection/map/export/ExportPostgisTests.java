package org.socialprotection.map.export;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ExportPostgisTests extends ExportTests {
}
