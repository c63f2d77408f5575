package org.socialprotection.map.collection;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class CollectionFormH2Tests extends CollectionFormTests {
}
