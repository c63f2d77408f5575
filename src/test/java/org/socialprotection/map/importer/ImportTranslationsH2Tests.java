package org.socialprotection.map.importer;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class ImportTranslationsH2Tests extends ImportTranslationsTests {
}
