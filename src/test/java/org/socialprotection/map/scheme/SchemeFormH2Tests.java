package org.socialprotection.map.scheme;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SchemeFormH2Tests extends SchemeFormTests {
}
