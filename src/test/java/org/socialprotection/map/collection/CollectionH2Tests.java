package org.socialprotection.map.collection;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class CollectionH2Tests extends CollectionTests {
}
