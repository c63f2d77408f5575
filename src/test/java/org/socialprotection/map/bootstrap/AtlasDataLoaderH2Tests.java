package org.socialprotection.map.bootstrap;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class AtlasDataLoaderH2Tests extends AtlasDataLoaderTests {
}
