package org.socialprotection.map.search;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class SearchPostgisTests extends SearchTests {
}
