package org.socialprotection.map.pagecache;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ReadValidatorPostgisTests extends ReadValidatorTests {
}
