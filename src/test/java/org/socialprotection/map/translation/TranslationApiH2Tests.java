package org.socialprotection.map.translation;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class TranslationApiH2Tests extends TranslationApiTests {
}
