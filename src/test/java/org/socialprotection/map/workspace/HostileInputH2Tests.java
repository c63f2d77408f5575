package org.socialprotection.map.workspace;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class HostileInputH2Tests extends HostileInputTests {
}
