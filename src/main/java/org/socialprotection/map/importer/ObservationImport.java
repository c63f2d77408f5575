package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;
import org.socialprotection.map.country.CountryLocator;
import org.socialprotection.map.geo.Geometries;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.observation.ObservationForm;
import org.socialprotection.map.workspace.SourceLines;
import org.socialprotection.map.workspace.SourceRow;
import org.socialprotection.map.workspace.PendingVersions;
import org.socialprotection.map.workspace.RecordWrites;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.translation.TranslationDesk;
import org.springframework.stereotype.Service;

/** Observations from a table: spreadsheet columns, or a survey tool's, with its geopoint and swapped-coordinate checks. */
@Service
class ObservationImport implements ImportKind<ObservationForm> {

    private final RecordWrites drafts;
    private final PendingVersions versions;
    private final ObservationEditor editor;
    private final Observations observations;
    private final CountryLocator locator;
    private final Labels labels;
    private final SchemeNames schemeIds;
    private final TranslationDesk translations;

    ObservationImport(RecordWrites drafts, PendingVersions versions, ObservationEditor editor, Observations observations,
                      CountryLocator locator, Labels labels, SchemeNames schemeIds, TranslationDesk translations) {
        this.translations = translations;
        this.drafts = drafts;
        this.versions = versions;
        this.editor = editor;
        this.observations = observations;
        this.locator = locator;
        this.labels = labels;
        this.schemeIds = schemeIds;
    }

    /** Its own transaction, whatever the caller's: an import is all or nothing by itself. */
    @Override
    public String name() {
        return "observations";
    }

    @Override
    public Map<String, List<String>> columns() {
        return ObservationColumns.NAMES;
    }

    @Override
    public List<String> required() {
        return List.of("title", "kind");
    }

    @Override
    public String template() {
        return ObservationColumns.TEMPLATE;
    }

    @Override
    public void checkColumns(Map<String, String> columnOf, List<ImportReport.Problem> problems, Reasons reasons) {
        if ((columnOf.get("latitude") == null || columnOf.get("longitude") == null) && columnOf.get("geopoint") == null) {
            problems.add(new ImportReport.Problem(1, "latitude", null, reasons.text("noCoordinates")));
        }
    }

    @Override
    public Long save(ObservationForm form, Errors errors, String username) {
        Observation saved = drafts.createDraft(editor, form, errors, username);
        if (saved != null) {
            translate(saved.getId(), saved.getOriginalLanguage(), form, username);
        }
        return saved == null ? null : saved.getId();
    }

    /**
     * The row's texts in other languages become the importer's translation drafts, for review like any other: a
     * published record is not touched. A language the record turns out to be written in is its own text, not a
     * translation, and is left (the row's title holds it). The record is already at hand: no row loads it again.
     */
    private void translate(long id, Language original, ObservationForm form, String username) {
        TranslatedColumns.save(translations, ObservationEditor.TYPE.segment(), id, original, form.getTranslations(),
                username);
    }

    private static Language originalOf(ObservationForm stored) {
        return Language.of(stored.getOriginalLanguage()).orElse(Language.EN);
    }

    @Override
    public String duplicateKey(ObservationForm form) {
        return samePlace(form.getTitle(), SurveyValues.number(form.getLon()), SurveyValues.number(form.getLat()),
                form.getObservedFrom());
    }

    /** The same place, date and title; or the same survey record, whatever else changed. */
    @Override
    public List<Key> duplicateKeys(ObservationForm form) {
        Key place = new Key(duplicateKey(form), null);
        return form.getSurveyRecordId() == null ? List.of(place)
                : List.of(place, new Key("record|" + form.getSurveyRecordId(), "record_id"));
    }

    /**
     * A row with a survey record id that an earlier import of this person stored updates that observation (a draft in
     * place; a published or in-review one by a new version for review, checked as an edit would be); any other valid
     * row creates a draft, unless a stored observation has its title, place and date already.
     */
    @Override
    public Run<ObservationForm> begin(Reasons reasons, String username) {
        Map<String, Long> stored = new HashMap<>();
        for (Object[] row : observations.titlesPlacesAndDates()) {
            Point point = (Point) row[1];
            stored.putIfAbsent(samePlace((String) row[0], point.getX(), point.getY(), (String) row[2]), (Long) row[3]);
        }
        Map<String, Object[]> records = new HashMap<>();
        observations.surveyRecords().forEach(row -> records.put((String) row[0], row));
        return new Run<>() {
            @Override
            public Optional<String> repeats(ObservationForm form) {
                if (form.getSurveyRecordId() != null && records.containsKey(form.getSurveyRecordId())) {
                    return Optional.empty();
                }
                return Optional.ofNullable(stored.get(duplicateKey(form)))
                        .map(id -> reasons.text("samePlaceDateTitle", String.valueOf(id)));
            }

            @Override
            public Saved save(ObservationForm form, Errors errors) {
                Object[] record = form.getSurveyRecordId() == null ? null : records.get(form.getSurveyRecordId());
                if (record == null) {
                    Observation saved = drafts.createDraft(editor, form, errors, username);
                    if (saved == null) {
                        return null;
                    }
                    if (form.getSurveyRecordId() != null) {
                        records.put(form.getSurveyRecordId(), new Object[] {form.getSurveyRecordId(), saved.getId(),
                                username, PublicationStatus.DRAFT});
                    }
                    translate(saved.getId(), saved.getOriginalLanguage(), form, username);
                    return new Saved(saved.getId(), Outcome.CREATED);
                }
                long id = (Long) record[1];
                if (!username.equals(record[2])) {
                    errors.rejectValue("surveyRecordId", "import.reason.recordOfAnother", new Object[] {String.valueOf(id)},
                            "observation #" + id + " holds this survey record and was imported by someone else;"
                                    + " ask them or an editor to update it");
                    return null;
                }
                ObservationForm current = editor.formOf(id, Actor.researcher(username));
                form.setId(id);
                form.setVersion(current.getVersion());
                String note = reasons.text("updatedBySurvey", form.getSurveyRecordId());
                if (record[3] == PublicationStatus.DRAFT) {
                    if (same(form, current)) {
                        translate(id, originalOf(current), form, username);
                        return new Saved(id, Outcome.UNCHANGED);
                    }
                    Observation saved = drafts.updateFromImport(editor, form, errors, username);
                    if (saved != null) {
                        translate(id, saved.getOriginalLanguage(), form, username);
                    }
                    return saved == null ? null : new Saved(id, Outcome.UPDATED);
                }
                // published or in review: the public keeps the record as it is while the new values wait for review
                if (same(form, current)) {
                    versions.withdraw(ObservationEditor.TYPE, id);
                    translate(id, originalOf(current), form, username);
                    return new Saved(id, Outcome.UNCHANGED);
                }
                if (versions.pending(editor, id).filter(waiting -> same(form, waiting)).isPresent()) {
                    translate(id, originalOf(current), form, username);
                    return new Saved(id, Outcome.UNCHANGED);
                }
                if (!versions.propose(editor, comparable(form), errors, username, note)) {
                    return null;
                }
                translate(id, originalOf(current), form, username);
                return new Saved(id, Outcome.PROPOSED);
            }
        };
    }

    /** Whether the row says what {@code stored} holds: its fields and its linked schemes. */
    private boolean same(ObservationForm form, ObservationForm stored) {
        return Set.copyOf(form.getSchemes()).equals(Set.copyOf(stored.getSchemes()))
                && editor.differences(comparable(form), stored).isEmpty();
    }

    /** The form as the stored one reads: coordinates as numbers print, a blank country as the stored one. */
    private static ObservationForm comparable(ObservationForm form) {
        ObservationForm copy = new ObservationForm();
        org.springframework.beans.BeanUtils.copyProperties(form, copy);
        Double lon = SurveyValues.number(form.getLon());
        Double lat = SurveyValues.number(form.getLat());
        copy.setLon(lon == null ? form.getLon() : String.valueOf(lon));
        copy.setLat(lat == null ? form.getLat() : String.valueOf(lat));
        return copy;
    }

    /**
     * Coordinates to the micro-degree (about 11 cm), as whole numbers: the same key for a row and a stored record
     * that print alike, without a String.format per coordinate (twice a row, and once a stored record, per import).
     */
    private static String samePlace(String title, Double lon, Double lat, String from) {
        return String.valueOf(title).trim().toLowerCase(Locale.ROOT) + "|" + micro(lon) + "|" + micro(lat) + "|" + from;
    }

    private static String micro(Double degrees) {
        return degrees == null ? "" : String.valueOf(Math.round(degrees * 1e6));
    }

    @Override
    public String fieldOf(String formField) {
        return ObservationColumns.of(formField);
    }

    @Override
    public ObservationForm form(Table.Row row, Map<String, String> columnOf, List<ImportReport.Problem> problems,
                                Reasons reasons) {
        ObservationForm form = new ObservationForm();
        form.setTitle(row.get(columnOf.get("title")));
        form.setKind(labels.code(Kind.class, row.get(columnOf.get("kind"))));
        form.setNarrative(row.get(columnOf.get("narrative")));
        form.setPlaceName(row.get(columnOf.get("place_name")));
        form.setPlaceType(orDefault(labels.code(PlaceType.class, row.get(columnOf.get("place_type"))), "other"));
        form.setPrivacy(orDefault(labels.code(Privacy.class, row.get(columnOf.get("privacy"))), "exact"));
        form.setCountry(upper(row.get(columnOf.get("country"))));
        form.setLat(SurveyValues.decimal(row.get(columnOf.get("latitude"))));
        form.setLon(SurveyValues.decimal(row.get(columnOf.get("longitude"))));
        String geopoint = row.get(columnOf.get("geopoint"));
        if ((form.getLat() == null || form.getLon() == null) && geopoint != null && !geopoint.isBlank()) {
            String[] parts = SurveyValues.geopoint(geopoint);
            if (parts.length >= 2) {
                form.setLat(SurveyValues.decimal(parts[0]));
                form.setLon(SurveyValues.decimal(parts[1]));
            } else {
                problems.add(new ImportReport.Problem(row.number(), columnOf.get("geopoint"), geopoint,
                        reasons.text("geopoint")));
            }
        }
        form.setGroups(labels.codes(WorkerGroup.class, row.get(columnOf.get("groups"))));
        form.setComponents(labels.codes(Component.class, row.get(columnOf.get("components"))));
        form.setBranches(labels.codes(Branch.class, row.get(columnOf.get("branches"))));
        form.setSchemes(schemes(row, columnOf.get("schemes"), problems, reasons));
        form.setObservedFrom(SurveyValues.day(row.get(columnOf.get("observed_from"))));
        form.setObservedTo(SurveyValues.day(row.get(columnOf.get("observed_to"))));
        String recordId = row.get(columnOf.get("record_id"));
        form.setSurveyRecordId(recordId == null || recordId.isBlank() ? null : recordId.trim());
        List<SourceRow> sources = new ArrayList<>();
        String title = row.get(columnOf.get("source_title"));
        String url = row.get(columnOf.get("source_url"));
        if (title != null && !title.isBlank()) {
            sources.addAll(RowValues.source(title, url));
        } else if (url != null && !url.isBlank()) {
            problems.add(new ImportReport.Problem(row.number(), columnOf.get("source_title"), null,
                    reasons.text("sourceTitle")));
        }
        String more = row.get(columnOf.get("sources"));
        if (more != null) {
            // several sources in one cell: "Title | URL" each, separated by semicolons or on lines of their own
            sources.addAll(SourceLines.rows(String.join("\n", more.split("\\s*[;\\n]\\s*"))));
        }
        form.setSources(sources);
        form.setOriginalLanguage(RowValues.code(row.get(columnOf.get("original_language"))));
        form.setTranslations(ObservationColumns.TEXTS.read(row, columnOf,
                Language.of(form.getOriginalLanguage()).orElse(Language.EN), field -> own(form, field),
                (field, text) -> setOwn(form, field, text), problems, reasons));
        return form;
    }

    private static String own(ObservationForm form, String field) {
        return switch (field) {
            case "title" -> form.getTitle();
            case "narrative" -> form.getNarrative();
            default -> form.getPlaceName();
        };
    }

    private static void setOwn(ObservationForm form, String field, String text) {
        switch (field) {
            case "title" -> form.setTitle(text);
            case "narrative" -> form.setNarrative(text);
            default -> form.setPlaceName(text);
        }
    }

    /** Linked schemes by id or by name (official, English, French, Spanish, acronym or slug), separated by ";". */
    private List<Long> schemes(Table.Row row, String column, List<ImportReport.Problem> problems, Reasons reasons) {
        List<Long> ids = new ArrayList<>();
        String text = row.get(column);
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String part : text.split("[;|]")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (name.matches("#?\\d+")) {
                ids.add(Long.valueOf(name.replace("#", "")));
                continue;
            }
            List<Long> found = schemeIds.named(name);
            if (found.size() == 1) {
                ids.add(found.get(0));
            } else {
                problems.add(new ImportReport.Problem(row.number(), column, name,
                        reasons.text(found.isEmpty() ? "noSuchScheme" : "severalSchemes")));
            }
        }
        return ids;
    }

    /** Says when the coordinates look swapped, which is the commonest mistake in field data. */
    @Override
    public String reason(String field, String message, ObservationForm form, Reasons reasons) {
        if ((field.equals("country") || field.equals("lat") || field.equals("lon")) && form.getLat() != null
                && form.getLon() != null) {
            try {
                double lat = Double.parseDouble(form.getLat());
                double lon = Double.parseDouble(form.getLon());
                if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
                    var swapped = locator.countryOf(Geometries.point(lat, lon));
                    if (swapped.isPresent() && (form.getCountry() == null || swapped.get().equals(form.getCountry()))) {
                        return message + "; " + reasons.text("swapped", swapped.get());
                    }
                }
            } catch (RuntimeException ignored) {
                // not numbers: the message says so already
            }
        }
        return message;
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
