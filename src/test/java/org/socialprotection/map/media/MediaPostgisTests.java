package org.socialprotection.map.media;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class MediaPostgisTests extends MediaTests {
}
