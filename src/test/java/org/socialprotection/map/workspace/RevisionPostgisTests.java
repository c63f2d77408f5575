package org.socialprotection.map.workspace;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class RevisionPostgisTests extends RevisionTests {
}
