package org.socialprotection.map.pagecache;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class ReadValidatorH2Tests extends ReadValidatorTests {
}
