package org.socialprotection.map.ogcapi;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class StreamedJsonH2Tests extends StreamedJsonTests {
}
