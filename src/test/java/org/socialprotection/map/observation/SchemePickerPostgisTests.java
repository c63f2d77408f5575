package org.socialprotection.map.observation;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class SchemePickerPostgisTests extends SchemePickerTests {
}
