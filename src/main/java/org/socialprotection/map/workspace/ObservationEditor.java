package org.socialprotection.map.workspace;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationPlacement;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workflow.PublicationStatus;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates and edits observations from the form (and the JSON API): every field is checked before anything is
 * changed, each mistake is reported on its field, and an edit made on an outdated version is refused.
 */
@Service
@Transactional
class ObservationEditor {

    private final Observations observations;
    private final Schemes schemes;
    private final ObservationPlacement placement;
    private final Workflow workflow;

    ObservationEditor(Observations observations, Schemes schemes, ObservationPlacement placement, Workflow workflow) {
        this.observations = observations;
        this.schemes = schemes;
        this.placement = placement;
        this.workflow = workflow;
    }

    /** Saves the form; returns null when {@code errors} holds what to correct. */
    Observation save(ObservationForm form, Errors errors, Actor actor) {
        Observation existing = null;
        if (form.getId() != null) {
            existing = (Observation) workflow.load(RecordType.OBSERVATIONS, form.getId(), actor);
            if (!actor.editor() && existing.getStatus() != PublicationStatus.DRAFT) {
                throw new WorkflowException(WorkflowException.Reason.FORBIDDEN,
                        "a researcher edits drafts only; ask an editor to send it back to draft");
            }
        }
        String title = FieldChecks.required(form.getTitle(), "title", 400, errors);
        Kind kind = FieldChecks.code(form.getKind(), Kind.class, "kind", errors);
        PlaceType placeType = FieldChecks.code(form.getPlaceType(), PlaceType.class, "placeType", errors);
        Privacy privacy = FieldChecks.code(form.getPrivacy(), Privacy.class, "privacy", errors);
        Set<WorkerGroup> groups = FieldChecks.codes(form.getGroups(), WorkerGroup.class, "groups", errors);
        Set<Component> components = FieldChecks.codes(form.getComponents(), Component.class, "components", errors);
        PartialDate from = FieldChecks.date(form.getObservedFrom(), "observedFrom", errors);
        PartialDate to = FieldChecks.date(form.getObservedTo(), "observedTo", errors);
        if (from == null && to != null) {
            errors.rejectValue("observedFrom", "error.required", "give the start of the period");
        } else if (from != null && to != null && to.value().compareTo(from.value()) < 0) {
            errors.rejectValue("observedTo", "error.endBeforeStart", "the end is before the start");
        }
        List<Source> sources = FieldChecks.sources(form.getSources(), "sources", errors);
        List<Scheme> linked = form.getSchemes() == null ? List.of() : schemes.findAllById(form.getSchemes());
        if (form.getSchemes() != null && linked.size() != Set.copyOf(form.getSchemes()).size()) {
            errors.rejectValue("schemes", "error.unknown", "a linked scheme does not exist");
        }
        Point point = point(form, errors);
        String country = FieldChecks.blankToNull(form.getCountry());
        String placedIn = null;
        if (point != null && !errors.hasFieldErrors("country")) {
            try {
                placedIn = placement.countryFor(point, country);
            } catch (ObservationPlacement.PlacementException e) {
                errors.rejectValue(country == null ? "lat" : "country", "error.placement", e.getMessage());
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
            throw new EditConflictException(existing.getVersion(), existing.getUpdatedBy(),
                    differences(form, ObservationForm.of(existing)));
        }
        Observation o = existing != null ? existing
                : new Observation("obs-" + UUID.randomUUID().toString().substring(0, 13), kind, title);
        o.setTitle(title);
        o.setKind(kind);
        o.setNarrative(FieldChecks.blankToNull(form.getNarrative()));
        o.setPlaceName(FieldChecks.blankToNull(form.getPlaceName()));
        o.setPlaceType(placeType);
        placement.placeIn(o, point, privacy, placedIn);
        o.getGroups().clear();
        o.getGroups().addAll(groups);
        o.getComponents().clear();
        o.getComponents().addAll(components);
        o.getSchemes().clear();
        o.getSchemes().addAll(linked);
        o.setObserved(from, to);
        o.getSources().clear();
        o.getSources().addAll(sources);
        if (existing == null) {
            o.createdBy(actor.username());
            o.setStatus(PublicationStatus.DRAFT);
        } else {
            o.updatedBy(actor.username());
        }
        // an edit is flushed at once so that a stale version fails here; a new record waits for the caller's flush,
        // which a bulk import makes once per batch of rows
        return existing == null ? observations.save(o) : observations.saveAndFlush(o);
    }

    /** The form of a stored observation, as its actor may see it. */
    @Transactional(readOnly = true)
    ObservationForm formOf(long id, Actor actor) {
        return ObservationForm.of((Observation) workflow.load(RecordType.OBSERVATIONS, id, actor));
    }

    @Transactional(readOnly = true)
    RecordState stateOf(long id, Actor actor) {
        Observation o = (Observation) workflow.load(RecordType.OBSERVATIONS, id, actor);
        return new RecordState(o.getId(), o.getStatus());
    }

    /** The fields whose stored value differs from what the form sent: what the other person changed. */
    static Map<String, String> differences(ObservationForm mine, ObservationForm theirs) {
        Map<String, String> diff = new LinkedHashMap<>();
        compare(diff, "title", mine.getTitle(), theirs.getTitle());
        compare(diff, "kind", mine.getKind(), theirs.getKind());
        compare(diff, "narrative", mine.getNarrative(), theirs.getNarrative());
        compare(diff, "placeName", mine.getPlaceName(), theirs.getPlaceName());
        compare(diff, "placeType", mine.getPlaceType(), theirs.getPlaceType());
        compare(diff, "privacy", mine.getPrivacy(), theirs.getPrivacy());
        compare(diff, "lon", mine.getLon(), theirs.getLon());
        compare(diff, "lat", mine.getLat(), theirs.getLat());
        if (FieldChecks.blankToNull(mine.getCountry()) != null) {
            // a blank country means "from the point": no difference of its own
            compare(diff, "country", mine.getCountry(), theirs.getCountry());
        }
        compare(diff, "groups", String.valueOf(sorted(mine.getGroups())), String.valueOf(theirs.getGroups()));
        compare(diff, "components", String.valueOf(sorted(mine.getComponents())), String.valueOf(theirs.getComponents()));
        compare(diff, "observedFrom", mine.getObservedFrom(), theirs.getObservedFrom());
        compare(diff, "observedTo", mine.getObservedTo(), theirs.getObservedTo());
        compare(diff, "sources", mine.getSources(), theirs.getSources());
        return diff;
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    private static void compare(Map<String, String> diff, String field, String mine, String theirs) {
        String a = FieldChecks.blankToNull(mine);
        String b = FieldChecks.blankToNull(theirs);
        if (!Objects.equals(a == null ? null : a.strip(), b == null ? null : b.strip())) {
            diff.put(field, b == null ? "" : b);
        }
    }

    private static Point point(ObservationForm form, Errors errors) {
        Double lon = number(form.getLon(), "lon", -180, 180, errors);
        Double lat = number(form.getLat(), "lat", -90, 90, errors);
        return lon == null || lat == null ? null : Geometries.point(lon, lat);
    }

    private static Double number(String text, String field, double min, double max, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "error.required", "required");
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            if (value < min || value > max) {
                errors.rejectValue(field, "error.range", new Object[] {min, max}, "must be within " + min + ".." + max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "error.number", "not a number");
            return null;
        }
    }






}
