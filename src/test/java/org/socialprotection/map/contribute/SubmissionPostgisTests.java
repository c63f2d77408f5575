package org.socialprotection.map.contribute;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class SubmissionPostgisTests extends SubmissionTests {
}
