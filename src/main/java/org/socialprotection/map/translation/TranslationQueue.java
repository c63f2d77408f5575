package org.socialprotection.map.translation;

import java.util.List;
import org.socialprotection.map.workspace.ReviewSection;
import org.springframework.stereotype.Component;

/** The translations that wait for an editor, in the review queue beside the records. */
@Component
class TranslationQueue implements ReviewSection {

    private final TranslationDesk desk;

    TranslationQueue(TranslationDesk desk) {
        this.desk = desk;
    }

    @Override
    public String heading() {
        return "translation.queue";
    }

    @Override
    public List<Item> items() {
        return desk.inReview().stream().map(w -> new Item(w.title(), TranslationController.path(w.segment(), w.id()),
                w.originalLanguage().code(), "translation.queue." + w.language().code(), w.updatedBy())).toList();
    }
}
