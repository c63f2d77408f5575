package org.socialprotection.map.ogcapi;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class StreamedJsonPostgisTests extends StreamedJsonTests {
}
