package org.socialprotection.map.contribute;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class SubmissionH2Tests extends SubmissionTests {
}
