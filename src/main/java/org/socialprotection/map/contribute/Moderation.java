package org.socialprotection.map.contribute;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.observation.ObservationForm;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordWrites;
import org.socialprotection.map.workspace.SourceRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The editors' decisions on a submission. Accepting creates a draft observation through the observation editor,
 * with its provenance as its first source ("Submitted by …"), so it passes the same checks and the same review as
 * any other record; merging adds that source to an observation the atlas has; rejecting keeps a reason the
 * submitter may read. A submission is decided once.
 */
@Service
@Transactional
class Moderation {

    static final int REASON = 1000;

    /** What a decision refused: the field and its message code, or a whole-form message. */
    static final class Refused extends RuntimeException {
        private final transient Errors errors;

        Refused(Errors errors) {
            super("refused");
            this.errors = errors;
        }

        Errors errors() {
            return errors;
        }
    }

    private final Submissions submissions;
    private final ObservationEditor observations;
    private final RecordWrites writes;
    private final Clock clock;

    @Autowired
    Moderation(Submissions submissions, ObservationEditor observations, RecordWrites writes) {
        this(submissions, observations, writes, Clock.systemUTC());
    }

    Moderation(Submissions submissions, ObservationEditor observations, RecordWrites writes, Clock clock) {
        this.submissions = submissions;
        this.observations = observations;
        this.writes = writes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Submission> waiting() {
        return submissions.findByStatusOrderByReceivedAtAsc(SubmissionStatus.RECEIVED);
    }

    @Transactional(readOnly = true)
    List<Submission> all() {
        return submissions.findAllByOrderByReceivedAtDesc();
    }

    @Transactional(readOnly = true)
    Submission get(long id) {
        return submissions.findById(id).orElseThrow(() -> new NotFoundException("submission", id));
    }

    /** A draft observation from the submission, at the point the editor confirmed; returns its id. */
    long accept(long id, String title, String lon, String lat, Actor actor) {
        Submission s = open(id);
        ObservationForm form = new ObservationForm();
        form.setTitle(title);
        form.setKind(s.getKind().code());
        form.setNarrative(s.getStory());
        form.setPlaceName(s.getPlaceName());
        form.setPlaceType("other");
        form.setPrivacy(s.getPrivacy().code());
        form.setLon(lon);
        form.setLat(lat);
        form.setCountry(s.getCountryIso3());
        form.setGroups(new ArrayList<>(List.of(s.getGroup().code())));
        form.setObservedFrom(s.getObservedOn());
        form.setSources(SourceRow.of(provenance(s)));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        Observation saved = writes.save(observations, form, errors, actor);
        if (saved == null) {
            throw new Refused(errors);
        }
        s.decide(SubmissionStatus.ACCEPTED, actor.username(), clock.instant(), null, saved.getId());
        return saved.getId();
    }

    /** Adds the submission to an existing observation as its sources; 404 when the editor cannot see it. */
    void merge(long id, long observationId, Actor actor) {
        Submission s = open(id);
        ObservationForm form = observations.formOf(observationId, actor);
        List<SourceRow> sources = new ArrayList<>(form.getSources());
        sources.addAll(SourceRow.of(provenance(s)));
        form.setSources(sources);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        if (writes.save(observations, form, errors, actor) == null) {
            throw new Refused(errors);
        }
        s.decide(SubmissionStatus.MERGED, actor.username(), clock.instant(), null, observationId);
    }

    /** Rejects with a reason the submitter reads on the status page: it must say why in words fit for them. */
    void reject(long id, String reason, Actor actor) {
        Submission s = open(id);
        Errors errors = new MapBindingResult(new HashMap<>(), "reject");
        String text = FieldChecks.blankToNull(reason);
        if (text == null) {
            errors.reject("contribute.error.reason", "say why, in words the submitter may read");
        } else if (text.length() > REASON || !FieldChecks.printable(text)) {
            errors.reject("contribute.error.reasonTooLong", "a reason is plain text of at most " + REASON
                    + " characters");
        }
        if (errors.hasErrors()) {
            throw new Refused(errors);
        }
        s.decide(SubmissionStatus.REJECTED, actor.username(), clock.instant(), text, null);
    }

    private Submission open(long id) {
        Submission s = get(id);
        if (!s.isOpen()) {
            Errors errors = new MapBindingResult(new HashMap<>(), "decide");
            errors.reject("contribute.error.decided", "this submission has already been decided");
            throw new Refused(errors);
        }
        return s;
    }

    /**
     * Where the observation comes from: the organisation first, then the source it named. A "|" would split a
     * source line of the form, so it becomes a "/".
     */
    static List<Source> provenance(Submission s) {
        List<Source> sources = new ArrayList<>();
        String received = s.getReceivedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String by = "Submitted by " + s.getOrganisation() + (s.isWitnessed() ? ", witnessed by the organisation" : "")
                + " (submission " + s.getReference() + ", received " + received + ")";
        sources.add(new Source(clean(by), null, null));
        if (s.getSourceTitle() != null || s.getSourceUrl() != null) {
            sources.add(new Source(clean(s.getSourceTitle() != null ? s.getSourceTitle() : s.getSourceUrl()),
                    s.getSourceUrl(), null));
        }
        return sources;
    }

    private static String clean(String title) {
        String text = title.replace('|', '/').replaceAll("\\R", " ");
        return text.length() > FieldChecks.SOURCE_TITLE ? text.substring(0, FieldChecks.SOURCE_TITLE) : text;
    }
}
