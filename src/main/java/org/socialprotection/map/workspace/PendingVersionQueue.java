package org.socialprotection.map.workspace;

import java.util.List;
import org.springframework.stereotype.Component;

/** The new versions of published records that wait for an editor, in the review queue beside the records. */
@Component
class PendingVersionQueue implements ReviewSection {

    private final PendingVersions versions;

    PendingVersionQueue(PendingVersions versions) {
        this.versions = versions;
    }

    @Override
    public String heading() {
        return "revision.queue";
    }

    @Override
    public List<Item> items() {
        return versions.waiting().stream().map(w -> new Item(w.title(), RevisionController.path(w.id()), null,
                "revision.queue.note", w.createdBy())).toList();
    }
}
