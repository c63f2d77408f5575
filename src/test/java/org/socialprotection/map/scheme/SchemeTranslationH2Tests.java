package org.socialprotection.map.scheme;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SchemeTranslationH2Tests extends SchemeTranslationTests {
}
