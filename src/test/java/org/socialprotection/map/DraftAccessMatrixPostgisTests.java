package org.socialprotection.map;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class DraftAccessMatrixPostgisTests extends DraftAccessMatrixTests {
}
