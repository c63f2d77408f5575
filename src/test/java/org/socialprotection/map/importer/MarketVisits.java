package org.socialprotection.map.importer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A KoboToolbox export of market visits as a field team sends it, generated the same every time: 500 rows (2..501 as
 * a spreadsheet numbers them) separated by semicolons, Kobo's meta columns, the questions inside a "group_visit"
 * group, ten markets visited fifty times each (the same market name on every visit, a new day each time), worker
 * groups written as labels in English, French and Spanish, and a {@code today} date. With {@code mistakes}, nine rows
 * carry one mistake each, of nine kinds: {@link #MISTAKES} says which row, in which column, and why.
 */
final class MarketVisits {

    /** Markets in ten cities, on land and well inside their country: name, ISO3, latitude, longitude. */
    static final String[][] MARKETS = {
            {"Makola Market", "GHA", "5.5490", "-0.2106"},
            {"Kejetia Market", "GHA", "6.6970", "-1.6230"},
            {"Gikomba Market", "KEN", "-1.2840", "36.8370"},
            {"Nakuru Municipal Market", "KEN", "-0.3031", "36.0800"},
            {"Nyabugogo Market", "RWA", "-1.9380", "30.0450"},
            {"Manek Chowk", "IND", "23.0225", "72.5714"},
            {"Sarojini Nagar Market", "IND", "28.5770", "77.1990"},
            {"Warwick Junction", "ZAF", "-29.8556", "31.0127"},
            {"Mercado de La Merced", "MEX", "19.4250", "-99.1240"},
            {"Plaza de Paloquemao", "COL", "4.6160", "-74.0840"},
    };

    /** The same groups as a team writes them: labels in three languages, codes, capitals, no accents. */
    static final String[] GROUPS = {"Street vendors", "vendeurs de rue", "Vendedores ambulantes", "street_vendors",
            "Market traders", "Commerçants des marchés", "comerciantes de mercados", "MARKET TRADERS",
            "Street vendor, Market traders", "Commercants des marches"};

    static final String[] FINDINGS = {"Inclusion", "exclusion", "Exclusión", "inclusión", "EXCLUSION"};

    static final String HEADER = "start;end;today;deviceid;username;group_visit/market_name;group_visit/finding;"
            + "group_visit/what_happened;group_visit/worker_group;group_visit/country;location;_location_latitude;"
            + "_location_longitude;_location_altitude;_location_precision;source;source_url;meta/instanceID;_id;"
            + "_uuid;_submission_time;_validation_status;_notes;_status;_submitted_by;_tags;_index";

    /** Row → the column the report must name and a part of its reason. */
    static final Map<Integer, List<String>> MISTAKES = Map.of(
            23, List.of("today", "not a calendar date"),
            57, List.of("_location_latitude", "at sea"),
            98, List.of("group_visit/country", "falls in Ghana (GHA), not in Kenya (KEN)"),
            141, List.of("group_visit/worker_group", "choose among"),
            200, List.of("group_visit/market_name", "required"),
            260, List.of("_location_latitude", "not a number"),
            315, List.of("group_visit/finding", "choose one of"),
            377, List.of("_uuid", "the same record as row 376"),
            433, List.of("group_visit/country", "probably swapped"));

    private MarketVisits() {
    }

    /** The survey record id of a row: what KoboToolbox's _uuid would be, under {@code prefix}. */
    static String uuid(String prefix, int row) {
        return prefix + "-" + String.format(Locale.ROOT, "%04d", row);
    }

    static byte[] export(String prefix, boolean mistakes) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int row = 2; row <= 501; row++) {
            int visit = (row - 2) / MARKETS.length;
            String[] market = MARKETS[(row - 2) % MARKETS.length];
            String day = LocalDate.of(2024, 1, 8).plusDays(visit).toString();
            String lat = String.format(Locale.ROOT, "%.4f", Double.parseDouble(market[2]) + (visit % 5 - 2) * 0.0004);
            String lon = String.format(Locale.ROOT, "%.4f", Double.parseDouble(market[3]) + (visit % 3 - 1) * 0.0004);
            String title = market[0];
            String finding = FINDINGS[row % FINDINGS.length];
            String group = GROUPS[row % GROUPS.length];
            String country = market[1];
            String today = day;
            String uuid = uuid(prefix, row);
            if (mistakes) {
                switch (row) {
                    case 23 -> today = "2024-02-30";
                    case 57 -> { lat = "5.5000"; lon = "-0.2000"; country = "GHA"; }
                    case 98 -> { lat = "5.5490"; lon = "-0.2106"; country = "KEN"; }
                    case 141 -> group = "farmers";
                    case 200 -> title = "";
                    case 260 -> lat = "5.5x49";
                    case 315 -> finding = "sideways";
                    case 377 -> uuid = uuid(prefix, 376);
                    case 433 -> { lat = "30.0450"; lon = "-1.9380"; country = "RWA"; }
                    default -> { }
                }
            }
            csv.append(String.join(";", day + "T09:" + String.format(Locale.ROOT, "%02d", row % 60) + ":00.000+00:00",
                    day + "T10:05:00.000+00:00", today, "collect:" + (row % 7), "enumerator" + (row % 4), title, finding,
                    "Visit " + (visit + 1) + " to " + market[0] + ": traders asked about the crèche", group, country,
                    lat + " " + lon + " 0 5", lat, lon, "0", "5", "Market visits survey (synthetic test data)",
                    "https://example.org/market-visits", "uuid:" + uuid, String.valueOf(90000 + row), uuid,
                    day + "T12:00:00", "", "", "submitted_via_web", "enumerator" + (row % 4), "",
                    String.valueOf(row - 1))).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
