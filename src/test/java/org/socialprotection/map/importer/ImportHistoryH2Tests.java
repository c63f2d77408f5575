package org.socialprotection.map.importer;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class ImportHistoryH2Tests extends ImportHistoryTests {
}
