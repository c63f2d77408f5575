package org.socialprotection.map.workspace;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SchemeFormH2Tests extends SchemeFormTests {
}
