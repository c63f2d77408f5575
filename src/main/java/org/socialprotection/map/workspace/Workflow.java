package org.socialprotection.map.workspace;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves records through the review workflow, with the rules of who may do what. */
@Service
@Transactional
class Workflow {

    private final EntityManager entityManager;
    private final ReviewComments comments;

    Workflow(EntityManager entityManager, ReviewComments comments) {
        this.entityManager = entityManager;
        this.comments = comments;
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
        if ((transition == Transition.SUBMIT || transition == Transition.PUBLISH) && !hasSource(record)) {
            throw new WorkflowException(WorkflowException.Reason.NO_SOURCE,
                    "a record needs at least one source before review or publication");
        }
        String text = comment == null ? "" : comment.trim();
        if (transition.needsComment && text.isEmpty()) {
            throw new WorkflowException(WorkflowException.Reason.COMMENT_REQUIRED,
                    "say why, so that the researcher knows what to change");
        }
        record.setStatus(transition.to);
        record.updatedBy(actor.username());
        comments.save(new ReviewComment(type, id, transition, text.isEmpty() ? null : text, actor.username()));
        return record;
    }

    /** A record as its actor may see it: researchers see published records and their own drafts. */
    AtlasRecord load(RecordType type, long id, Actor actor) {
        AtlasRecord record = entityManager.find(type.entity, id);
        if (record == null || (!actor.editor() && !record.isPublished()
                && !actor.username().equals(record.getCreatedBy()))) {
            throw new NotFoundException(type.path, id);
        }
        return record;
    }

    /** In-review records by type, for the editors' queue. */
    @Transactional(readOnly = true)
    Map<RecordType, List<WorkspaceRow>> queue() {
        Map<RecordType, List<WorkspaceRow>> queue = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            queue.put(type, entityManager.createQuery("select r from " + type.entity.getSimpleName()
                    + " r where r.status = :status order by r.updatedAt", AtlasRecord.class)
                    .setParameter("status", PublicationStatus.IN_REVIEW).getResultList().stream()
                    .map(r -> WorkspaceRow.of(type, r)).toList());
        }
        return queue;
    }

    /** A researcher's own records that are not published yet. */
    @Transactional(readOnly = true)
    Map<RecordType, List<WorkspaceRow>> draftsOf(String username) {
        Map<RecordType, List<WorkspaceRow>> drafts = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            drafts.put(type, entityManager.createQuery("select r from " + type.entity.getSimpleName()
                    + " r where r.createdBy = :user and r.status <> :published order by r.updatedAt desc",
                    AtlasRecord.class).setParameter("user", username)
                    .setParameter("published", PublicationStatus.PUBLISHED).getResultList().stream()
                    .map(r -> WorkspaceRow.of(type, r)).toList());
        }
        return drafts;
    }

    @Transactional(readOnly = true)
    List<CommentView> comments(RecordType type, long id) {
        return comments.findByRecordTypeAndRecordIdOrderByCreatedAtDesc(type, id).stream()
                .map(c -> new CommentView(c.getAuthor(), c.getTransition().code(), c.getComment(), c.getCreatedAt()))
                .toList();
    }

    static boolean hasSource(AtlasRecord record) {
        if (record instanceof Scheme s) {
            return !s.getSources().isEmpty();
        }
        if (record instanceof Observation o) {
            return !o.getSources().isEmpty();
        }
        if (record instanceof Publication p) {
            return p.getUrl() != null || p.getFilePath() != null;
        }
        return record instanceof IndicatorValue v && v.getSourceTitle() != null && !v.getSourceTitle().isBlank();
    }

    /** A short name of a record for lists. */
    static String title(AtlasRecord record) {
        if (record instanceof Scheme s) {
            return s.getOfficialName();
        }
        if (record instanceof Observation o) {
            return o.getTitle();
        }
        if (record instanceof Publication p) {
            return p.getTitle();
        }
        IndicatorValue v = (IndicatorValue) record;
        return v.getIndicatorCode() + " · " + v.getCountryIso3() + " · " + v.getYear();
    }

    static long id(AtlasRecord record) {
        if (record instanceof Scheme s) {
            return s.getId();
        }
        if (record instanceof Observation o) {
            return o.getId();
        }
        if (record instanceof Publication p) {
            return p.getId();
        }
        return ((IndicatorValue) record).getId();
    }
}
