package org.socialprotection.map.ogcapi;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class OgcItemsModelH2Tests extends OgcItemsModelTests {
}
