package org.socialprotection.map.media;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class MediaS3H2Tests extends MediaS3Tests {
}
