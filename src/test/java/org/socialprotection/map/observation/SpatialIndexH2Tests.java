package org.socialprotection.map.observation;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SpatialIndexH2Tests extends SpatialIndexTests {

    @Override
    void preferIndexes() {
        // H2 chooses the spatial index for && by itself
    }
}
