package org.socialprotection.map.collection;

import static org.socialprotection.map.workspace.FieldChecks.blankToNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.publication.LinkChoices;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.Choice;
import org.socialprotection.map.workspace.EditConflictException;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordEditor;
import org.socialprotection.map.workspace.SourceRow;
import org.socialprotection.map.workspace.RecordType;
import org.socialprotection.map.workspace.Slugs;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates and edits collections from the workspace form and the JSON API: every field is checked before anything
 * changes, an edit made on an outdated version is refused, and a collection links only records its curator may see
 * (a researcher never links another researcher's draft). Sources are optional on a draft; the workflow asks for one
 * before review and publication, as for every record.
 */
@Service
@Transactional
@Order(5)
public class CollectionEditor implements RecordEditor<CollectionForm, Collection> {

    /** Read back by slug, not by id: {@code /api/collections/{slug}}. */
    public static final RecordType TYPE = new RecordType("collections", Collection.class, false,
            List.of("slug", "titleEn", "titleFr", "titleEs"), null, false);

    /** The longest introduction a language holds, as the table stores it. */
    static final int INTRODUCTION = 8000;
    /** Degrees added around the observations' extent, so that no marker sits on the map's edge. */
    private static final double MARGIN = 0.5;

    private final Collections collections;
    private final Observations observations;
    private final Schemes schemes;
    private final Publications publications;
    private final LinkChoices choices;
    private final Workflow workflow;

    CollectionEditor(Collections collections, Observations observations, Schemes schemes, Publications publications,
                     LinkChoices choices, Workflow workflow) {
        this.collections = collections;
        this.observations = observations;
        this.schemes = schemes;
        this.publications = publications;
        this.choices = choices;
        this.workflow = workflow;
    }

    @Override
    public RecordType type() {
        return TYPE;
    }

    @Override
    public Collection save(CollectionForm form, Errors errors, Actor actor) {
        Collection existing = form.getId() == null ? null : workflow.editable(TYPE, form.getId(), actor);
        String slug = slug(form.getSlug(), existing, errors);
        String titleEn = FieldChecks.required(form.getTitleEn(), "titleEn", FieldChecks.NAME, errors);
        String titleFr = FieldChecks.optional(form.getTitleFr(), "titleFr", FieldChecks.NAME, errors);
        String titleEs = FieldChecks.optional(form.getTitleEs(), "titleEs", FieldChecks.NAME, errors);
        String introductionEn = FieldChecks.required(form.getIntroductionEn(), "introductionEn", INTRODUCTION, errors);
        String introductionFr = FieldChecks.optional(form.getIntroductionFr(), "introductionFr", INTRODUCTION, errors);
        String introductionEs = FieldChecks.optional(form.getIntroductionEs(), "introductionEs", INTRODUCTION, errors);
        Set<Long> observationIds = links(form.getObservations(), choices.observations(actor,
                ids(existing == null ? List.of() : existing.getObservations(), Observation::getId)),
                "observations", errors);
        Set<Long> schemeIds = links(form.getSchemes(), choices.schemes(actor,
                ids(existing == null ? List.of() : existing.getSchemes(), Scheme::getId)), "schemes", errors);
        Set<Long> publicationIds = links(form.getPublications(), choices.publications(actor,
                ids(existing == null ? List.of() : existing.getPublications(), Publication::getId)),
                "publications", errors);
        List<Observation> chosen = errors.hasFieldErrors("observations") ? List.of()
                : observations.findAllById(observationIds);
        double[] extent = form.isExtentFromObservations() ? extentOf(chosen, errors) : extent(form, errors);
        List<Source> sources = FieldChecks.sources(form.getSources(), "sources", errors);
        if (errors.hasErrors()) {
            return null;
        }
        if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
            throw new EditConflictException(existing.getVersion(), existing.getUpdatedBy(),
                    differences(form, CollectionForm.of(existing)));
        }
        Collection c = existing != null ? existing
                : new Collection(slug != null ? slug : Slugs.of(null, titleEn), titleEn);
        if (slug != null) {
            c.setSlug(slug);
        }
        c.setTitleEn(titleEn);
        c.setTitles(titleFr, titleEs);
        c.setIntroductions(introductionEn, introductionFr, introductionEs);
        c.setExtent(extent[0], extent[1], extent[2], extent[3]);
        c.getObservations().clear();
        c.getObservations().addAll(chosen);
        c.getSchemes().clear();
        c.getSchemes().addAll(schemes.findAllById(schemeIds));
        c.getPublications().clear();
        c.getPublications().addAll(publications.findAllById(publicationIds));
        c.getSources().clear();
        c.getSources().addAll(sources);
        if (existing == null) {
            c.createdBy(actor.username());
            c.setStatus(PublicationStatus.DRAFT);
        } else {
            c.updatedBy(actor.username());
        }
        // flushed at once, so that a stale version or a slug taken meanwhile fails here, on this form
        return collections.saveAndFlush(c);
    }

    @Override
    @Transactional(readOnly = true)
    public CollectionForm formOf(long id, Actor actor) {
        return CollectionForm.of(workflow.<Collection>load(TYPE, id, actor));
    }

    /** What the form may link to: what the actor may see, and what the stored collection links already. */
    @Transactional(readOnly = true)
    Map<String, List<Choice>> choices(Long id, Actor actor) {
        CollectionForm stored = id == null ? new CollectionForm()
                : CollectionForm.of(workflow.<Collection>load(TYPE, id, actor));
        return Map.of("observations", choices.observations(actor, stored.getObservations()),
                "schemes", choices.schemes(actor, stored.getSchemes()),
                "publications", choices.publications(actor, stored.getPublications()));
    }

    @Override
    public Map<String, String> differences(CollectionForm mine, CollectionForm theirs) {
        return new FieldChecks.Differences()
                .compare("slug", lower(mine.getSlug()), theirs.getSlug())
                .compare("titleEn", mine.getTitleEn(), theirs.getTitleEn())
                .compare("titleFr", mine.getTitleFr(), theirs.getTitleFr())
                .compare("titleEs", mine.getTitleEs(), theirs.getTitleEs())
                .compare("introductionEn", mine.getIntroductionEn(), theirs.getIntroductionEn())
                .compare("introductionFr", mine.getIntroductionFr(), theirs.getIntroductionFr())
                .compare("introductionEs", mine.getIntroductionEs(), theirs.getIntroductionEs())
                .compare("west", number(mine.getWest()), theirs.getWest())
                .compare("south", number(mine.getSouth()), theirs.getSouth())
                .compare("east", number(mine.getEast()), theirs.getEast())
                .compare("north", number(mine.getNorth()), theirs.getNorth())
                .compareSets("observations", mine.getObservations(), theirs.getObservations())
                .compareSets("schemes", mine.getSchemes(), theirs.getSchemes())
                .compareSets("publications", mine.getPublications(), theirs.getPublications())
                .compare("sources", SourceRow.text(mine.getSources()), SourceRow.text(theirs.getSources()))
                .values();
    }

    /** Two saves raced for one slug: the unique index refused the second. */
    @Override
    public boolean refused(DataIntegrityViolationException e, Errors errors) {
        errors.rejectValue("slug", "forms.error.slugTaken", "another collection has this slug");
        return true;
    }

    /** A typed slug, lower case; null to keep the stored one or, on a new collection, to make one from the title. */
    private String slug(String text, Collection existing, Errors errors) {
        String slug = lower(text);
        if (slug == null) {
            return null;
        }
        if (!slug.matches(CollectionReader.SLUG)) {
            errors.rejectValue("slug", "forms.error.slug",
                    "use lower-case letters, digits and hyphens, starting with a letter or a digit (at most 120)");
            return null;
        }
        collections.findBySlug(slug).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other -> errors.rejectValue("slug", "forms.error.slugTaken",
                        "another collection has this slug"));
        return slug;
    }

    /** The four numbers of the form, each in its range, west before east and south before north. */
    private static double[] extent(CollectionForm form, Errors errors) {
        Double west = degrees(form.getWest(), "west", 180, errors);
        Double south = degrees(form.getSouth(), "south", 90, errors);
        Double east = degrees(form.getEast(), "east", 180, errors);
        Double north = degrees(form.getNorth(), "north", 90, errors);
        if (west != null && east != null && west >= east) {
            errors.rejectValue("east", "forms.error.eastOfWest", "the east edge must be east of the west edge");
        }
        if (south != null && north != null && south >= north) {
            errors.rejectValue("north", "forms.error.northOfSouth", "the north edge must be north of the south edge");
        }
        return new double[] {orZero(west), orZero(south), orZero(east), orZero(north)};
    }

    private static Double degrees(String text, String field, double limit, Errors errors) {
        Double value = FieldChecks.number(text, field, errors);
        if (value != null && Math.abs(value) > limit) {
            errors.rejectValue(field, "error.range", new Object[] {String.valueOf((int) -limit),
                    String.valueOf((int) limit)}, "must be within " + -limit + ".." + limit);
            return null;
        }
        return value;
    }

    /** The box around the observations' public (privacy-coarsened) locations, with a margin, within the world. */
    private static double[] extentOf(List<Observation> chosen, Errors errors) {
        if (chosen.isEmpty()) {
            errors.rejectValue("extentFromObservations", "forms.error.noObservations",
                    "choose at least one observation to take the extent from, or give the four edges");
            return new double[4];
        }
        double west = 180;
        double south = 90;
        double east = -180;
        double north = -90;
        for (Observation o : chosen) {
            Point p = o.getPublicLocation();
            west = Math.min(west, p.getX());
            east = Math.max(east, p.getX());
            south = Math.min(south, p.getY());
            north = Math.max(north, p.getY());
        }
        return new double[] {round(Math.max(-180, west - MARGIN)), round(Math.max(-90, south - MARGIN)),
                round(Math.min(180, east + MARGIN)), round(Math.min(90, north + MARGIN))};
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10000) / 10000.0;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static <T> List<Long> ids(java.util.Collection<T> records, java.util.function.Function<T, Long> id) {
        return records.stream().map(id).toList();
    }

    private static Set<Long> links(List<Long> ids, List<Choice> allowed, String field, Errors errors) {
        Set<Long> wanted = new LinkedHashSet<>();
        (ids == null ? List.<Long>of() : ids).stream().filter(Objects::nonNull).forEach(wanted::add);
        Set<Long> offered = allowed.stream().map(Choice::id).collect(Collectors.toSet());
        if (!offered.containsAll(wanted)) {
            // another researcher's draft answers as a missing record: its id must not tell that it exists
            errors.rejectValue(field, "error.unknown", "a linked record does not exist");
        }
        return wanted;
    }

    private static String lower(String text) {
        String value = blankToNull(text);
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    /** A number as stored, so that "12,50" and "12.5" are no difference. */
    private static String number(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return FieldChecks.plainNumber(Double.parseDouble(value.replace(',', '.')));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
