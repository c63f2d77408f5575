package org.socialprotection.map.translation;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class TranslationHistoryH2Tests extends TranslationHistoryTests {
}
