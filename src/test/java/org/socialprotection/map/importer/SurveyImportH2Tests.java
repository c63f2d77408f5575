package org.socialprotection.map.importer;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SurveyImportH2Tests extends SurveyImportTests {
}
