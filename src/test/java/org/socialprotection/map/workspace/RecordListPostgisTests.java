package org.socialprotection.map.workspace;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class RecordListPostgisTests extends RecordListTests {
}
