package org.socialprotection.map.media;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class MediaH2Tests extends MediaTests {
}
