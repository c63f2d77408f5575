package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.Errors;
import org.socialprotection.map.country.CountryLocator;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.observation.ObservationForm;
import org.socialprotection.map.workspace.RecordWrites;
import org.springframework.stereotype.Service;

/** Observations from a table: spreadsheet columns, or a survey tool's, with its geopoint and swapped-coordinate checks. */
@Service
class ObservationImport implements ImportKind<ObservationForm> {

    /** Our column names and the other names a survey tool or a researcher may use for them. */
    static final Map<String, List<String>> COLUMNS = columnNames();
    static final String TEMPLATE = "\uFEFFtitle,kind,narrative,place_name,place_type,privacy,country,latitude,longitude,"
            + "groups,components,branches,observed_from,observed_to,source_title,source_url\r\n"
            + "Crèche run by traders' association,inclusion,\"Traders run a crèche in the market, open 6am-6pm.\","
            + "Makola Market,market,approximate,GHA,5.5490,-0.2106,market_traders;street_vendors,delivery,child_care,2019,,"
            + "WIEGO Child Care in Markets,https://www.wiego.org/child-care-markets\r\n";

    private final RecordWrites drafts;
    private final ObservationEditor editor;
    private final Observations observations;
    private final CountryLocator locator;

    ObservationImport(RecordWrites drafts, ObservationEditor editor, Observations observations,
                      CountryLocator locator) {
        this.drafts = drafts;
        this.editor = editor;
        this.observations = observations;
        this.locator = locator;
    }

    /** Its own transaction, whatever the caller's: an import is all or nothing by itself. */
    @Override
    public String name() {
        return "observations";
    }

    @Override
    public Map<String, List<String>> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> required() {
        return List.of("title", "kind");
    }

    @Override
    public String template() {
        return TEMPLATE;
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
        return saved == null ? null : saved.getId();
    }

    @Override
    public String duplicateKey(ObservationForm form) {
        return String.valueOf(form.getTitle()).toLowerCase(Locale.ROOT) + "|" + form.getLon() + "|" + form.getLat();
    }

    /**
     * Same title in the same country, stored already or in an earlier row of the file (at another point: the same
     * point is a repeated row); the country is read from the saved record, since a point may decide it.
     */
    @Override
    public Existing<ObservationForm> existing(Reasons reasons) {
        Map<String, Long> stored = new HashMap<>();
        for (Object[] row : observations.titlesByCountry()) {
            stored.putIfAbsent(row[1] + "|" + String.valueOf(row[0]).toLowerCase(Locale.ROOT), (Long) row[2]);
        }
        Map<String, Integer> earlierRows = new HashMap<>();
        return (form, id, row) -> {
            Observation saved = observations.getReferenceById(id);
            String key = saved.getCountryIso3() + "|" + saved.getTitle().toLowerCase(Locale.ROOT);
            Long other = stored.get(key);
            if (other != null) {
                return Optional.of(reasons.text("existing", saved.getCountryIso3(), String.valueOf(other)));
            }
            Integer earlier = earlierRows.putIfAbsent(key, row);
            return Optional.ofNullable(earlier).map(r -> reasons.text("sameTitle", String.valueOf(r),
                    saved.getCountryIso3()));
        };
    }

    @Override
    public String fieldOf(String formField) {
        return switch (RowValues.rowField(formField)) {
            case "lat" -> "latitude";
            case "lon" -> "longitude";
            case "placeName" -> "place_name";
            case "placeType" -> "place_type";
            case "observedFrom" -> "observed_from";
            case "observedTo" -> "observed_to";
            case "sources", "sources.title" -> "source_title";
            case "sources.url" -> "source_url";
            default -> formField;
        };
    }

    @Override
    public ObservationForm form(Table.Row row, Map<String, String> columnOf, List<ImportReport.Problem> problems,
                                Reasons reasons) {
        ObservationForm form = new ObservationForm();
        form.setTitle(row.get(columnOf.get("title")));
        form.setKind(lower(row.get(columnOf.get("kind"))));
        form.setNarrative(row.get(columnOf.get("narrative")));
        form.setPlaceName(row.get(columnOf.get("place_name")));
        form.setPlaceType(orDefault(lower(row.get(columnOf.get("place_type"))), "other"));
        form.setPrivacy(orDefault(lower(row.get(columnOf.get("privacy"))), "exact"));
        form.setCountry(upper(row.get(columnOf.get("country"))));
        form.setLat(decimal(row.get(columnOf.get("latitude"))));
        form.setLon(decimal(row.get(columnOf.get("longitude"))));
        String geopoint = row.get(columnOf.get("geopoint"));
        if ((form.getLat() == null || form.getLon() == null) && geopoint != null && !geopoint.isBlank()) {
            String[] parts = geopoint.trim().split("\\s+");
            if (parts.length >= 2) {
                form.setLat(decimal(parts[0]));
                form.setLon(decimal(parts[1]));
            } else {
                problems.add(new ImportReport.Problem(row.number(), columnOf.get("geopoint"), geopoint,
                        reasons.text("geopoint")));
            }
        }
        form.setGroups(list(row.get(columnOf.get("groups"))));
        form.setComponents(list(row.get(columnOf.get("components"))));
        form.setBranches(list(row.get(columnOf.get("branches"))));
        form.setObservedFrom(day(row.get(columnOf.get("observed_from"))));
        form.setObservedTo(day(row.get(columnOf.get("observed_to"))));
        String title = row.get(columnOf.get("source_title"));
        String url = row.get(columnOf.get("source_url"));
        if (title != null && !title.isBlank()) {
            form.setSources(RowValues.source(title, url));
        } else if (url != null && !url.isBlank()) {
            problems.add(new ImportReport.Problem(row.number(), columnOf.get("source_title"), null,
                    reasons.text("sourceTitle")));
        }
        return form;
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



    private static Map<String, List<String>> columnNames() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("title", List.of("title"));
        c.put("kind", List.of("kind"));
        c.put("narrative", List.of("narrative", "description"));
        c.put("place_name", List.of("place_name", "place"));
        c.put("place_type", List.of("place_type"));
        c.put("privacy", List.of("privacy"));
        c.put("country", List.of("country", "iso3"));
        c.put("latitude", List.of("latitude", "lat", "_location_latitude", "_gps_latitude", "_geopoint_latitude"));
        c.put("longitude", List.of("longitude", "lon", "lng", "_location_longitude", "_gps_longitude",
                "_geopoint_longitude"));
        c.put("geopoint", List.of("location", "gps", "geopoint", "_geolocation"));
        c.put("groups", List.of("groups", "worker_groups"));
        c.put("components", List.of("components"));
        c.put("branches", List.of("branches", "branch", "themes"));
        c.put("observed_from", List.of("observed_from", "date", "start"));
        c.put("observed_to", List.of("observed_to", "end"));
        c.put("source_title", List.of("source_title", "source"));
        c.put("source_url", List.of("source_url", "url"));
        return c;
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        List<String> values = new ArrayList<>();
        // "|" as well: a spreadsheet user may separate codes as the sources column does
        for (String part : text.split("[;|,\\s]+")) {
            if (!part.isBlank()) {
                values.add(part.trim().toLowerCase(Locale.ROOT));
            }
        }
        return values;
    }

    /**
     * A survey tool's time stamp ("2024-03-05T10:12:33.000+00:00", KoboToolbox's start and end) is the day it
     * names: the atlas keeps dates, not times.
     */
    static String day(String text) {
        return text != null && text.trim().matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*")
                ? text.trim().substring(0, 10) : text;
    }

    /** A decimal comma is a decimal point in a coordinate. */
    private static String decimal(String text) {
        return text == null || text.isBlank() ? null : text.trim().replace(',', '.');
    }

    private static String lower(String text) {
        return text == null ? null : text.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
