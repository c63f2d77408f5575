package org.socialprotection.map.workspace;

import java.util.Set;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.workflow.PublicationStatus;

/**
 * The moves of the review workflow: draft → in review → published, and back to draft with an editor's comment.
 * Unpublishing hides a record everywhere public at once, since every public read filters on the status.
 */
enum Transition implements Coded {
    SUBMIT(Set.of(PublicationStatus.DRAFT), PublicationStatus.IN_REVIEW, false, false),
    PUBLISH(Set.of(PublicationStatus.IN_REVIEW), PublicationStatus.PUBLISHED, true, false),
    REJECT(Set.of(PublicationStatus.IN_REVIEW), PublicationStatus.DRAFT, true, true),
    UNPUBLISH(Set.of(PublicationStatus.PUBLISHED), PublicationStatus.DRAFT, true, true);

    final Set<PublicationStatus> from;
    final PublicationStatus to;
    final boolean editorsOnly;
    final boolean needsComment;

    Transition(Set<PublicationStatus> from, PublicationStatus to, boolean editorsOnly, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.editorsOnly = editorsOnly;
        this.needsComment = needsComment;
    }
}
