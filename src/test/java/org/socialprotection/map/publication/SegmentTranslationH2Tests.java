package org.socialprotection.map.publication;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SegmentTranslationH2Tests extends SegmentTranslationTests {
}
