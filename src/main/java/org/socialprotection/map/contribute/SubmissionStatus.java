package org.socialprotection.map.contribute;

import org.socialprotection.map.atlas.Coded;

/** Where a submission stands; only RECEIVED ones wait in the moderation queue. */
enum SubmissionStatus implements Coded {
    RECEIVED,
    /** Turned into a draft observation that an editor completes and publishes. */
    ACCEPTED,
    /** Added as a source to an observation the atlas already has. */
    MERGED,
    REJECTED
}
