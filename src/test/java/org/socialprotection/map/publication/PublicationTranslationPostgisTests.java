package org.socialprotection.map.publication;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class PublicationTranslationPostgisTests extends PublicationTranslationTests {
}
