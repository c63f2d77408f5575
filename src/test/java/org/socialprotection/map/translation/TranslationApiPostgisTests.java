package org.socialprotection.map.translation;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class TranslationApiPostgisTests extends TranslationApiTests {
}
