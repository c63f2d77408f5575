package org.socialprotection.map.workspace;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves records through the review workflow, with the rules of who may see, edit and move what. */
@Service
@Transactional
public class Workflow {

    private final EntityManager entityManager;
    private final ReviewComments comments;
    private final RecordRevisions revisions;

    Workflow(EntityManager entityManager, ReviewComments comments, RecordRevisions revisions) {
        this.entityManager = entityManager;
        this.comments = comments;
        this.revisions = revisions;
    }

    AtlasRecord apply(RecordType type, long id, Transition transition, String comment, Actor actor) {
        AtlasRecord record = load(type, id, actor);
        if (transition.editorsOnly && !actor.editor()) {
            throw new WorkflowException(WorkflowException.Reason.FORBIDDEN, "only an editor may " + transition.code());
        }
        if (!actor.editor() && !actor.username().equals(record.getCreatedBy())) {
            throw new WorkflowException(WorkflowException.Reason.FORBIDDEN,
                    "a researcher may only submit their own drafts");
        }
        if (!transition.from.contains(record.getStatus())) {
            throw new WorkflowException(WorkflowException.Reason.WRONG_STATE, "a record that is "
                    + record.getStatus().code() + " cannot be moved by " + transition.code());
        }
        if ((transition == Transition.SUBMIT || transition == Transition.PUBLISH) && record.sources().isEmpty()) {
            throw new WorkflowException(WorkflowException.Reason.NO_SOURCE,
                    "a record needs at least one source before review or publication");
        }
        if (transition == Transition.PUBLISH) {
            refuseUnpublishedLinks(record);
        }
        String text = comment == null ? "" : comment.trim();
        if (transition.needsComment && text.isEmpty()) {
            throw new WorkflowException(WorkflowException.Reason.COMMENT_REQUIRED,
                    "say why, so that the researcher knows what to change");
        }
        if (text.length() > ReviewComment.MAX || !FieldChecks.printable(text)) {
            throw new WorkflowException(WorkflowException.Reason.COMMENT_REQUIRED,
                    "a comment is plain text of at most " + ReviewComment.MAX + " characters");
        }
        record.setStatus(transition.to);
        record.updatedBy(actor.username());
        comments.save(new ReviewComment(type, id, transition, text.isEmpty() ? null : text, actor.username()));
        return record;
    }

    /**
     * Publishing a record whose page links a draft would publish it without that link, silently. Refused rather
     * than publishing the linked records along with it: each is a record of its own, with its own sources and its own
     * review, and publishing it is an editor's decision about that record.
     */
    private static void refuseUnpublishedLinks(AtlasRecord record) {
        List<AtlasRecord> unpublished = record.linkedRecords().stream().filter(r -> !r.isPublished())
                .map(AtlasRecord.class::cast).toList();
        if (!unpublished.isEmpty()) {
            throw new WorkflowException(WorkflowException.Reason.UNPUBLISHED_LINKS, "it links records that are not "
                    + "published yet; publish them first, or remove the links: " + unpublished.stream()
                    .map(r -> "\"" + r.title() + "\" (" + r.getStatus().code() + ")")
                    .collect(Collectors.joining(", ")), unpublished);
        }
    }

    /** A record as its actor may see it: researchers see published records and their own drafts (404 otherwise). */
    public <T extends AtlasRecord> T load(RecordType type, long id, Actor actor) {
        AtlasRecord record = entityManager.find(type.entity(), id);
        if (record == null || !actor.maySee(record)) {
            throw new NotFoundException(type.segment(), id);
        }
        @SuppressWarnings("unchecked")
        T typed = (T) record;
        return typed;
    }

    /** The record to edit, as {@link #load} sees it; a researcher edits drafts only (403). */
    public <T extends AtlasRecord> T editable(RecordType type, long id, Actor actor) {
        T record = load(type, id, actor);
        if (!actor.editor() && record.getStatus() != PublicationStatus.DRAFT) {
            throw new WorkflowException(WorkflowException.Reason.FORBIDDEN,
                    "a researcher edits drafts only; ask an editor to send it back to draft");
        }
        return record;
    }

    /** Where a record stands, for its form's buttons and links. */
    @Transactional(readOnly = true)
    RecordState stateOf(RecordType type, long id, Actor actor) {
        AtlasRecord record = load(type, id, actor);
        Long pending = revisions.findByRecordTypeAndRecordIdAndStatus(type.code(), id, RecordRevision.Status.PENDING)
                .map(RecordRevision::getId).orElse(null);
        return new RecordState(id, record.getStatus(), record.publicPath(), pending);
    }

    @Transactional(readOnly = true)
    List<CommentView> comments(RecordType type, long id) {
        return comments.findByRecordTypeAndRecordIdOrderByCreatedAtDesc(type.code(), id).stream()
                .map(c -> new CommentView(c.getAuthor(), c.getTransition().code(), c.getComment(), c.getCreatedAt()))
                .toList();
    }
}
