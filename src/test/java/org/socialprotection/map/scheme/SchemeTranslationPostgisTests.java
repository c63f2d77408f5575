package org.socialprotection.map.scheme;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class SchemeTranslationPostgisTests extends SchemeTranslationTests {
}
