package org.socialprotection.map.publication;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SegmentH2Tests extends SegmentTests {
}
