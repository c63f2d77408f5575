package org.socialprotection.map.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The observation import's columns: our names, the other names a survey tool or a researcher uses, the template. */
final class ObservationColumns {

    /** Title, narrative and place name may come in one column per language (title_fr, place_name_es, ...). */
    static final TranslatedColumns TEXTS = new TranslatedColumns(Map.of("title", "title", "narrative", "narrative",
            "place_name", "placeName"));
    /** Our column names and the other names a survey tool or a researcher may use for them. */
    static final Map<String, List<String>> NAMES = names();
    static final String TEMPLATE = "\uFEFFrecord_id,title,kind,narrative,place_name,place_type,privacy,country,latitude,"
            + "longitude,groups,components,branches,schemes,observed_from,observed_to,source_title,source_url,sources\r\n"
            + "makola-2019-01,Crèche run by traders' association,inclusion,\"Traders run a crèche in the market, open"
            + " 6am-6pm.\",Makola Market,market,approximate,GHA,5.5490,-0.2106,Market traders;street_vendors,delivery,"
            + "child_care;Maternity,LEAP,2019,,WIEGO Child Care in Markets,https://www.wiego.org/child-care-markets,"
            + "\"StreetNet interview notes | https://streetnet.org.za/; Makola traders' association minutes\"\r\n";

    private ObservationColumns() {
    }

    /** The column a form field comes from, for a report that names the row's column. */
    static String of(String formField) {
        return switch (RowValues.rowField(formField)) {
            case "lat" -> "latitude";
            case "lon" -> "longitude";
            case "placeName" -> "place_name";
            case "placeType" -> "place_type";
            case "observedFrom" -> "observed_from";
            case "observedTo" -> "observed_to";
            case "sources", "sources.title" -> "source_title";
            case "sources.url" -> "source_url";
            case "surveyRecordId" -> "record_id";
            case "originalLanguage" -> "original_language";
            default -> formField;
        };
    }

    /**
     * Ours first, then a survey tool's; a column is also found under a KoboToolbox group ("visit/worker_group"), and a
     * name starting with "*" matches the end of a column's name ("_gps_latitude" for "*_latitude").
     */
    private static Map<String, List<String>> names() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("record_id", List.of("record_id", "_uuid", "instanceID", "meta/instanceID", "_id", "uuid"));
        c.put("title", List.of("title", "market_name"));
        c.put("kind", List.of("kind", "finding", "inclusion_exclusion"));
        c.put("narrative", List.of("narrative", "description", "what_happened"));
        c.put("place_name", List.of("place_name", "place"));
        c.put("place_type", List.of("place_type"));
        c.put("privacy", List.of("privacy"));
        c.put("country", List.of("country", "iso3"));
        c.put("latitude", List.of("latitude", "lat", "_location_latitude", "_gps_latitude", "_geopoint_latitude",
                "*_latitude"));
        c.put("longitude", List.of("longitude", "lon", "lng", "_location_longitude", "_gps_longitude",
                "_geopoint_longitude", "*_longitude"));
        c.put("geopoint", List.of("location", "gps", "geopoint", "_geolocation"));
        c.put("groups", List.of("groups", "worker_groups", "worker_group", "group", "workers"));
        c.put("components", List.of("components"));
        c.put("branches", List.of("branches", "branch", "themes"));
        c.put("schemes", List.of("schemes", "scheme"));
        c.put("observed_from", List.of("observed_from", "date", "today", "visit_date", "start"));
        c.put("observed_to", List.of("observed_to", "end"));
        c.put("source_title", List.of("source_title", "source"));
        c.put("source_url", List.of("source_url", "url"));
        c.put("sources", List.of("sources"));
        c.put("original_language", List.of("original_language"));
        TEXTS.addTo(c);
        return c;
    }
}
