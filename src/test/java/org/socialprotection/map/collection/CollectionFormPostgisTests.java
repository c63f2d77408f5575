package org.socialprotection.map.collection;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class CollectionFormPostgisTests extends CollectionFormTests {
}
