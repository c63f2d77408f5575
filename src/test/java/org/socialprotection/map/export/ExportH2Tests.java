package org.socialprotection.map.export;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class ExportH2Tests extends ExportTests {
}
