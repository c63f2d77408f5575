package org.socialprotection.map.observation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workflow.PublicationStatus;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.EditConflictException;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.VersionedEditor;
import org.socialprotection.map.workspace.SourceRow;
import org.socialprotection.map.workspace.RecordType;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates and edits observations from the form, the JSON API and the importer: every field is checked before anything is
 * changed, each mistake is reported on its field, and an edit made on an outdated version is refused.
 */
@Service
@Transactional
@Order(2)
public class ObservationEditor implements VersionedEditor<ObservationForm, Observation> {

    public static final RecordType TYPE = new RecordType("observations", Observation.class, true,
            List.of("title", "placeName", "slug"), "countryIso3", false);

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

    @Override
    public RecordType type() {
        return TYPE;
    }

    @Override
    public Observation save(ObservationForm form, Errors errors, Actor actor) {
        Observation existing = form.getId() == null ? null : workflow.editable(TYPE, form.getId(), actor);
        Checked c = check(form, errors, actor, existing);
        if (c == null) {
            return null;
        }
        if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
            throw new EditConflictException(existing.getVersion(), existing.getUpdatedBy(),
                    differences(form, ObservationForm.of(existing)));
        }
        Observation o = existing != null ? existing
                : new Observation("obs-" + UUID.randomUUID().toString().substring(0, 13), c.kind(), c.title());
        o.setTitle(c.title());
        o.setKind(c.kind());
        o.setNarrative(c.narrative());
        o.setPlaceName(c.placeName());
        o.setOriginalLanguage(c.original());
        o.setPlaceType(c.placeType());
        placement.placeIn(o, c.point(), c.privacy(), c.placedIn());
        o.getGroups().clear();
        o.getGroups().addAll(c.groups());
        o.getComponents().clear();
        o.getComponents().addAll(c.components());
        o.getBranches().clear();
        o.getBranches().addAll(c.branches());
        o.getSchemes().clear();
        o.getSchemes().addAll(c.linked());
        o.setObserved(c.from(), c.to());
        o.getSources().clear();
        o.getSources().addAll(c.sources());
        if (form.getSurveyRecordId() != null) {
            o.setSurveyRecordId(form.getSurveyRecordId());
        }
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

    /** The checks of a save, for a version of a published record that waits for review: nothing is changed. */
    @Override
    public boolean check(ObservationForm form, Errors errors, Actor actor) {
        return check(form, errors, actor, form.getId() == null ? null : workflow.load(TYPE, form.getId(), actor)) != null;
    }

    /** The form's values as the record holds them, once every field is checked. */
    private record Checked(String title, String narrative, String placeName, Kind kind, Language original,
                           PlaceType placeType, Privacy privacy, Set<WorkerGroup> groups, Set<Component> components,
                           Set<Branch> branches, PartialDate from, PartialDate to, List<Source> sources,
                           List<Scheme> linked, Point point, String placedIn) {
    }

    /** Checks every field of the form for {@code existing} (null for a new record); null when {@code errors} says why. */
    private Checked check(ObservationForm form, Errors errors, Actor actor, Observation existing) {
        String title = FieldChecks.required(form.getTitle(), "title", FieldChecks.NAME, errors);
        String narrative = FieldChecks.optional(form.getNarrative(), "narrative", FieldChecks.LONG_TEXT, errors);
        String placeName = FieldChecks.optional(form.getPlaceName(), "placeName", FieldChecks.NAME, errors);
        Kind kind = FieldChecks.code(form.getKind(), Kind.class, "kind", errors);
        // a form or a script that does not say keeps the language as it was (English for a new record)
        Language original = form.getOriginalLanguage() == null || form.getOriginalLanguage().isBlank()
                ? (existing == null ? Language.EN : existing.getOriginalLanguage())
                : FieldChecks.code(form.getOriginalLanguage(), Language.class, "originalLanguage", errors);
        PlaceType placeType = FieldChecks.code(form.getPlaceType(), PlaceType.class, "placeType", errors);
        Privacy privacy = FieldChecks.code(form.getPrivacy(), Privacy.class, "privacy", errors);
        Set<WorkerGroup> groups = FieldChecks.codes(form.getGroups(), WorkerGroup.class, "groups", errors);
        Set<Component> components = FieldChecks.codes(form.getComponents(), Component.class, "components", errors);
        Set<Branch> branches = FieldChecks.codes(form.getBranches(), Branch.class, "branches", errors);
        PartialDate from = FieldChecks.date(form.getObservedFrom(), "observedFrom", errors);
        PartialDate to = FieldChecks.date(form.getObservedTo(), "observedTo", errors);
        if (from == null && to != null && !errors.hasFieldErrors("observedFrom")) {
            errors.rejectValue("observedFrom", "error.required", "give the start of the period");
        } else if (from != null && to != null && to.value().compareTo(from.value()) < 0) {
            errors.rejectValue("observedTo", "error.endBeforeStart", "the end is before the start");
        }
        List<Source> sources = FieldChecks.sources(form.getSources(), "sources", errors);
        List<Scheme> linked = form.getSchemes() == null ? List.of() : schemes.findAllById(form.getSchemes());
        if (form.getSchemes() != null && linked.size() != Set.copyOf(form.getSchemes()).size()) {
            errors.rejectValue("schemes", "error.unknown", "a linked scheme does not exist");
        } else if (linked.stream().anyMatch(s -> !actor.maySee(s)
                && (existing == null || existing.getSchemes().stream().noneMatch(l -> l.getId().equals(s.getId()))))) {
            // the same words as for a missing one: a draft's id must not tell that it exists
            errors.rejectValue("schemes", "error.unknown", "a linked scheme does not exist");
        }
        Point point = point(form, errors);
        String country = FieldChecks.blankToNull(form.getCountry());
        String placedIn = null;
        if (point != null && !errors.hasFieldErrors("country")) {
            try {
                placedIn = placement.countryFor(point, country);
            } catch (ObservationPlacement.PlacementException e) {
                errors.rejectValue(country == null || e.code().equals("error.atSea") ? "lat" : "country", e.code(),
                        e.arguments(), e.getMessage());
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Checked(title, narrative, placeName, kind, original, placeType, privacy, groups, components,
                branches, from, to, sources, linked, point, placedIn);
    }

    @Override
    @Transactional(readOnly = true)
    public ObservationForm formOf(long id, Actor actor) {
        return ObservationForm.of(workflow.<Observation>load(TYPE, id, actor));
    }

    @Override
    public Map<String, String> differences(ObservationForm mine, ObservationForm theirs) {
        return new FieldChecks.Differences()
                .compare("title", mine.getTitle(), theirs.getTitle())
                .compare("kind", mine.getKind(), theirs.getKind())
                .compare("narrative", mine.getNarrative(), theirs.getNarrative())
                .compare("placeName", mine.getPlaceName(), theirs.getPlaceName())
                .compare("originalLanguage", mine.getOriginalLanguage() == null ? theirs.getOriginalLanguage()
                        : mine.getOriginalLanguage(), theirs.getOriginalLanguage())
                .compare("placeType", mine.getPlaceType(), theirs.getPlaceType())
                .compare("privacy", mine.getPrivacy(), theirs.getPrivacy())
                .compare("lon", mine.getLon(), theirs.getLon())
                .compare("lat", mine.getLat(), theirs.getLat())
                // a blank country means "from the point": no difference of its own
                .compare("country", FieldChecks.blankToNull(mine.getCountry()) == null ? theirs.getCountry()
                        : mine.getCountry(), theirs.getCountry())
                .compareSets("groups", mine.getGroups(), theirs.getGroups())
                .compareSets("components", mine.getComponents(), theirs.getComponents())
                .compareSets("branches", mine.getBranches(), theirs.getBranches())
                .compareSets("schemes", schemeNames(mine.getSchemes()), schemeNames(theirs.getSchemes()))
                .compare("observedFrom", mine.getObservedFrom(), theirs.getObservedFrom())
                .compare("observedTo", mine.getObservedTo(), theirs.getObservedTo())
                .compare("sources", SourceRow.text(mine.getSources()), SourceRow.text(theirs.getSources()))
                .values();
    }

    /** Linked schemes as an editor recognises them, by name; an id no scheme has stays an id. */
    private List<String> schemeNames(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        schemes.findAllById(ids).forEach(s -> names.put(s.getId(), s.name(org.socialprotection.map.atlas.Language.EN)));
        return ids.stream().distinct().map(id -> names.getOrDefault(id, "#" + id)).toList();
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
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException(text);
            }
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
