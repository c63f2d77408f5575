package org.socialprotection.map.publication;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class SegmentTranslationPostgisTests extends SegmentTranslationTests {
}
