package org.socialprotection.map.workspace;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class RevisionH2Tests extends RevisionTests {
}
