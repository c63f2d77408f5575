package org.socialprotection.map.publication;

import static org.socialprotection.map.workspace.FieldChecks.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.Choice;
import org.socialprotection.map.workspace.EditConflictException;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordEditor;
import org.socialprotection.map.workspace.RecordType;
import org.socialprotection.map.workspace.Slugs;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates and edits briefs and podcast episodes from the form, the JSON API and the importer: every field is
 * checked before anything changes, and an edit made on an outdated version is refused. Uploading a file is not done here; a stored file only makes the address optional.
 */
@Service
@Transactional
@Order(3)
public class PublicationEditor implements RecordEditor<PublicationForm, Publication> {

    public static final RecordType TYPE = new RecordType("publications", Publication.class, true,
            List.of("title", "slug"), "countries", true);

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,4}):([0-5]\\d)");

    private final Publications publications;
    private final Observations observations;
    private final Schemes schemes;
    private final Countries countries;
    private final LinkChoices choices;
    private final Workflow workflow;

    PublicationEditor(Publications publications, Observations observations, Schemes schemes, Countries countries,
                      LinkChoices choices, Workflow workflow) {
        this.publications = publications;
        this.observations = observations;
        this.schemes = schemes;
        this.countries = countries;
        this.choices = choices;
        this.workflow = workflow;
    }

    /**
     * The segments, row by row: each mistake on its field ({@code segments[1].start}) with the row's number for the
     * page ("Segment 2: …"); the default message, which the JSON API shows beside the path, has no number.
     */
    private List<Segment> segments(List<PublicationForm.SegmentRow> rows, Integer duration, Errors errors,
                                   Predicate<Long> mayLink) {
        List<Segment> result = new ArrayList<>();
        int before = errors.getErrorCount();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            PublicationForm.SegmentRow row = rows.get(i);
            if (row == null || row.skipped()) {
                continue;
            }
            String path = "segments[" + i + "].";
            String n = String.valueOf(i + 1);
            String startText = blankToNull(row.getStart());
            Integer start = startText == null ? null : parseSeconds(startText);
            if (start == null) {
                errors.rejectValue(path + "start", "forms.error.segment.start", new Object[] {n, s(startText)},
                        "'" + s(startText) + "' is not a time: write 5:12, 1:02:03 or a number of seconds");
            } else if (duration != null && start >= duration) {
                errors.rejectValue(path + "start", "forms.error.segment.afterEnd",
                        new Object[] {n, Segment.clock(duration)},
                        "starts after the end of the episode (" + Segment.clock(duration) + ")");
            }
            String title = FieldChecks.rowText(row.getTitle(), path + "title", "segment", n, FieldChecks.NAME, errors);
            if (title == null && !errors.hasFieldErrors(path + "title")) {
                errors.rejectValue(path + "title", "forms.error.segment.title", new Object[] {n},
                        "give the segment a title");
            }
            String ref = blankToNull(row.getObservation());
            Long observation = null;
            if (ref != null) {
                // another researcher's draft answers as a missing one: its id must not tell that it exists
                observation = ref.matches("#?\\d{1,18}") ? Long.valueOf(ref.replace("#", "")) : null;
                if (observation == null || !mayLink.test(observation)) {
                    errors.rejectValue(path + "observation", "forms.error.segment.observation",
                            new Object[] {n, ref}, "no observation " + (ref.startsWith("#") ? "" : "#") + ref);
                }
            }
            String country = FieldChecks.upper(row.getCountry());
            if (country != null && (!country.matches("[A-Z]{3}") || !countries.existsById(country))) {
                errors.rejectValue(path + "country", "forms.error.segment.country", new Object[] {n, country},
                        "unknown country '" + country + "': give an ISO 3166-1 alpha-3 code such as GHA");
            } else if (country != null && ref != null) {
                errors.rejectValue(path + "country", "forms.error.segment.both", new Object[] {n},
                        "a segment is about an observation or a country, not both");
            }
            if (errors.getErrorCount() == before) {
                result.add(new Segment(start, title, observation, country));
            }
        }
        return errors.getErrorCount() > before ? List.of() : result;
    }

    private static String s(String text) {
        return text == null ? "" : text.trim();
    }

    @Override
    public RecordType type() {
        return TYPE;
    }

    @Override
    public Publication save(PublicationForm form, Errors errors, Actor actor) {
        Publication existing = form.getId() == null ? null : workflow.editable(TYPE, form.getId(), actor);
        PublicationType type = FieldChecks.code(form.getType(), PublicationType.class, "type", errors);
        String title = FieldChecks.required(form.getTitle(), "title", 400, errors);
        String language = language(form.getLanguage(), errors);
        Language original = originalLanguage(form.getOriginalLanguage(), language, existing, errors);
        PartialDate date = FieldChecks.date(form.getDate(), "date", errors);
        String authorLines = FieldChecks.optional(form.getAuthors(), "authors", FieldChecks.LONG_TEXT, errors);
        List<String> authors = FieldChecks.lines(authorLines);
        if (authors.stream().anyMatch(a -> a.length() > 200)) {
            errors.rejectValue("authors", "forms.error.authorTooLong", "at most 200 characters an author");
        }
        String url = FieldChecks.url(form.getUrl(), "url", errors);
        if (url == null && !errors.hasFieldErrors("url") && (existing == null || existing.getFilePath() == null)) {
            errors.rejectValue("url", "forms.error.urlRequired", "give the address of the brief or the episode");
        }
        Integer duration = duration(form.getDuration(), errors);
        String transcript = FieldChecks.optional(form.getTranscript(), "transcript", FieldChecks.TRANSCRIPT, errors);
        String summary = FieldChecks.optional(form.getSummary(), "summary", FieldChecks.LONG_TEXT, errors);
        if (type == PublicationType.BRIEF) {
            podcastOnly(duration != null, "duration", errors);
            // an imported row's transcript_fr too: a brief has no transcript to translate
            podcastOnly(transcript != null || form.getTranslations() != null && form.getTranslations().values()
                    .stream().anyMatch(texts -> texts.containsKey("transcript")), "transcript", errors);
        }
        Set<Long> segmentObservations = existing == null ? Set.of() : existing.getSegments().stream()
                .map(Segment::observationId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Segment> segments = segments(form.getSegments(), duration, errors, id -> segmentObservations.contains(id)
                || observations.findById(id).map(actor::maySee).orElse(false));
        if (type == PublicationType.BRIEF) {
            podcastOnly(form.getSegments() != null && form.getSegments().stream().anyMatch(r -> r != null && !r.skipped()),
                    "segments", errors);
        }
        Set<String> places = countries(form.getCountries(), errors);
        Set<Long> linkedObservations = existing == null ? Set.of()
                : existing.getObservations().stream().map(Observation::getId).collect(Collectors.toSet());
        Set<Long> linkedSchemes = existing == null ? Set.of()
                : existing.getSchemes().stream().map(Scheme::getId).collect(Collectors.toSet());
        Set<Long> observationIds = links(form.getObservations(), choices.observations(actor, linkedObservations),
                "observations", errors);
        Set<Long> schemeIds = links(form.getSchemes(), choices.schemes(actor, linkedSchemes), "schemes", errors);
        if (errors.hasErrors()) {
            return null;
        }
        if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
            throw new EditConflictException(existing.getVersion(), existing.getUpdatedBy(),
                    differences(form, PublicationForm.of(existing)));
        }
        Publication p = existing != null ? existing
                : new Publication(Slugs.of(type.code(), title), type, title, language);
        p.setType(type);
        p.setTitle(title);
        p.setLanguage(language);
        p.setOriginalLanguage(original);
        p.setSummary(summary);
        p.setPublishedOn(date);
        p.getAuthors().clear();
        p.getAuthors().addAll(authors);
        p.setUrl(url);
        p.setDurationSeconds(duration);
        p.setTranscript(transcript);
        p.getCountries().clear();
        p.getCountries().addAll(places);
        p.getSegments().clear();
        p.getSegments().addAll(segments);
        p.getObservations().clear();
        p.getObservations().addAll(observations.findAllById(observationIds));
        p.getSchemes().clear();
        p.getSchemes().addAll(schemes.findAllById(schemeIds));
        if (existing == null) {
            p.createdBy(actor.username());
            p.setStatus(PublicationStatus.DRAFT);
        } else {
            p.updatedBy(actor.username());
        }
        // an edit is flushed at once so that a stale version fails here; a new record waits for the caller's flush,
        // which a bulk import makes once per batch of rows
        return existing == null ? publications.save(p) : publications.saveAndFlush(p);
    }

    @Override
    @Transactional(readOnly = true)
    public PublicationForm formOf(long id, Actor actor) {
        return PublicationForm.of(workflow.<Publication>load(TYPE, id, actor));
    }

    /** What the form may link to: what the actor may see, and what the stored record links already. */
    @Transactional(readOnly = true)
    Map<String, List<Choice>> choices(Long id, Actor actor) {
        PublicationForm stored = id == null ? new PublicationForm()
                : PublicationForm.of(workflow.<Publication>load(TYPE, id, actor));
        return Map.of("observations", choices.observations(actor, stored.getObservations()),
                "schemes", choices.schemes(actor, stored.getSchemes()));
    }

    @Override
    public Map<String, String> differences(PublicationForm mine, PublicationForm theirs) {
        return new FieldChecks.Differences()
                .compare("type", mine.getType(), theirs.getType())
                .compare("title", mine.getTitle(), theirs.getTitle())
                .compare("summary", mine.getSummary(), theirs.getSummary())
                .compare("language", lower(mine.getLanguage()), theirs.getLanguage())
                .compare("originalLanguage", blankToNull(mine.getOriginalLanguage()) == null
                        ? theirs.getOriginalLanguage() : mine.getOriginalLanguage(), theirs.getOriginalLanguage())
                .compare("date", mine.getDate(), theirs.getDate())
                .compare("authors", String.join("\n", FieldChecks.lines(mine.getAuthors())), theirs.getAuthors())
                .compare("url", mine.getUrl(), theirs.getUrl())
                .compare("duration", seconds(mine.getDuration()), theirs.getDuration())
                .compare("transcript", mine.getTranscript(), theirs.getTranscript())
                .compare("segments", mine.segmentsText(), theirs.segmentsText())
                .compareSets("countries", mine.getCountries() == null ? null : mine.getCountries().stream()
                        .map(FieldChecks::upper).filter(Objects::nonNull).toList(), theirs.getCountries())
                .compareSets("observations", mine.getObservations(), theirs.getObservations())
                .compareSets("schemes", mine.getSchemes(), theirs.getSchemes())
                .values();
    }

    private static String lower(String text) {
        String value = blankToNull(text);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String language(String text, Errors errors) {
        String code = blankToNull(text);
        if (code == null) {
            errors.rejectValue("language", "error.required", "required");
            return null;
        }
        code = code.toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}") || !ISO_639_1.contains(code)) {
            errors.rejectValue("language", "forms.error.language",
                    "'" + text.trim() + "' is not a two-letter ISO 639-1 language code such as en, fr, es or pt");
            return null;
        }
        return code;
    }

    /**
     * The language the title and summary are written in: as stated; else the publication's own when the atlas has
     * it (a French brief's title is French), else the stored record's, else English.
     */
    private static Language originalLanguage(String stated, String language, Publication existing, Errors errors) {
        if (blankToNull(stated) != null) {
            return FieldChecks.code(stated, Language.class, "originalLanguage", errors);
        }
        return Language.of(language)
                .orElse(existing == null ? Language.EN : existing.getOriginalLanguage());
    }

    private static Integer duration(String text, Errors errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        Integer seconds = parseSeconds(value);
        if (seconds == null) {
            errors.rejectValue("duration", "forms.error.duration",
                    "give the duration in whole seconds (0 or more) or as mm:ss");
        }
        return seconds;
    }

    /** Seconds from "1520", "25:20" or "1:05:20"; null when the text is none of these. */
    static Integer parseSeconds(String value) {
        if (value.matches("\\d{1,7}")) {
            return Integer.parseInt(value);
        }
        Matcher clock = CLOCK.matcher(value);
        if (!clock.matches() || (clock.group(1) != null && Integer.parseInt(clock.group(2)) > 59)) {
            return null;
        }
        int hours = clock.group(1) == null ? 0 : Integer.parseInt(clock.group(1));
        return hours * 3600 + Integer.parseInt(clock.group(2)) * 60 + Integer.parseInt(clock.group(3));
    }

    private static String seconds(String text) {
        String value = blankToNull(text);
        Integer seconds = value == null ? null : parseSeconds(value);
        return seconds == null ? value : String.valueOf(seconds);
    }

    private static void podcastOnly(boolean given, String field, Errors errors) {
        if (given) {
            errors.rejectValue(field, "forms.error.podcastOnly", "only a podcast episode has this; leave it empty");
        }
    }

    private Set<String> countries(List<String> codes, Errors errors) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (blankToNull(code) != null) {
                wanted.add(code.trim().toUpperCase(Locale.ROOT));
            }
        }
        if (countries.findAllById(wanted).size() != wanted.size()) {
            errors.rejectValue("countries", "forms.error.country", "a country code does not exist");
        }
        return wanted;
    }

    private static Set<Long> links(List<Long> ids, List<Choice> allowed, String field, Errors errors) {
        Set<Long> wanted = new LinkedHashSet<>();
        (ids == null ? List.<Long>of() : ids).stream().filter(Objects::nonNull).forEach(wanted::add);
        Set<Long> offered = allowed.stream().map(Choice::id).collect(Collectors.toSet());
        if (!offered.containsAll(wanted)) {
            errors.rejectValue(field, "error.unknown", "a linked record does not exist");
        }
        return wanted;
    }
}
