package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A researcher's file with mistakes: every one is named by row, column and reason, and nothing is stored. */
@AtlasTest
abstract class ImportTests {

    static final String HEADER = "title;kind;place_name;country;latitude;longitude;groups;observed_from;source_title;source_url\n";
    static final String WITH_MISTAKES = "\uFEFF" + HEADER
            + "Crèche at Makola;inclusion;Makola;GHA;5,5490;-0,2106;market_traders;2019;WIEGO;https://www.wiego.org/child-care-markets\n"
            + "Bad kind;sideways;Makola;GHA;5.5490;-0.2106;;2019;WIEGO;https://www.wiego.org\n"
            + "Out of range;exclusion;;GHA;95;-0.2;;;WIEGO;https://www.wiego.org\n"
            + "Swapped;exclusion;Kigali;RWA;30.0619;-1.9441;;;WIEGO;https://www.wiego.org\n"
            + "Wrong country;exclusion;Accra;ZAF;5.6037;-0.1870;;;WIEGO;https://www.wiego.org\n"
            + ";exclusion;no title;GHA;5.6;-0.19;;;WIEGO;https://www.wiego.org\n"
            + "Bad date;inclusion;;GHA;5.6;-0.19;;2021-13;WIEGO;https://www.wiego.org\n"
            + "Unknown group;inclusion;;GHA;5.6;-0.18;farmers;;WIEGO;https://www.wiego.org\n"
            + "Crèche at Makola;inclusion;Makola;GHA;5,5490;-0,2106;market_traders;2019;WIEGO;https://www.wiego.org/child-care-markets\n"
            + "Crèche at Makola;inclusion;Accra;GHA;5.5600;-0.2000;market_traders;2019;WIEGO;https://www.wiego.org\n";
    static final String CORRECT = HEADER
            + "Crèche at Makola (import test);inclusion;Makola;GHA;5,5490;-0,2106;market_traders;2019;WIEGO;https://www.wiego.org/child-care-markets\n"
            + "Kigali traders' savings group (import test);inclusion;Nyabugogo;;-1.9380;30.0450;market_traders;2020;StreetNet;https://streetnet.org.za/?p=21524\n";

    @Autowired MockMvc mvc;
    @Autowired Observations observations;
    @Autowired JdbcTemplate jdbc;
    @Autowired Schemes schemes;

    private List<Long> created = List.of();

    @AfterEach
    void removeImported() {
        created.forEach(observations::deleteById);
    }

    ResultActions upload(String name, byte[] bytes, boolean dryRun, String mapping) throws Exception {
        var request = multipart("/api/imports/observations").file(new MockMultipartFile("file", name, null, bytes))
                .param("dryRun", String.valueOf(dryRun)).with(user("ines").roles("RESEARCHER"));
        if (mapping != null) {
            request.file(new MockMultipartFile("mapping", "", "application/json", mapping.getBytes(StandardCharsets.UTF_8)));
        }
        return mvc.perform(request);
    }

    @Test
    void everyMistakeIsNamedByRowColumnAndReasonAndNothingIsStored() throws Exception {
        long before = observations.count();
        upload("field-data.csv", WITH_MISTAKES.getBytes(StandardCharsets.UTF_8), false, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.rows").value(10))
                .andExpect(jsonPath("$.problems[?(@.row == 3)].column", hasItem("kind")))
                .andExpect(jsonPath("$.problems[?(@.row == 4)].column", hasItem("latitude")))
                .andExpect(jsonPath("$.problems[?(@.row == 5)].reason", hasItem(containsString("probably swapped"))))
                .andExpect(jsonPath("$.problems[?(@.row == 6)].reason",
                        hasItem(containsString("falls in Ghana (GHA), not in South Africa (ZAF)"))))
                .andExpect(jsonPath("$.problems[?(@.row == 7)].column", hasItem("title")))
                .andExpect(jsonPath("$.problems[?(@.row == 8)].column", hasItem("observed_from")))
                .andExpect(jsonPath("$.problems[?(@.row == 9)].column", hasItem("groups")))
                .andExpect(jsonPath("$.problems[?(@.row == 10)].reason", hasItem(containsString("same record as row 2"))))
                // the same title at another place is another visit, not a duplicate
                .andExpect(jsonPath("$.problems[?(@.row == 11)]").isEmpty());
        assertThat(observations.count()).isEqualTo(before);
    }

    @Test
    void aBranchesColumnSetsTheObservationsOwnBranchesSeparatedBySemicolonsOrBars() throws Exception {
        String header = "title,kind,country,latitude,longitude,branches,source_title,source_url\n";
        String wrong = header + "Crèche with a bad theme (import test),inclusion,GHA,5.5490,-0.2106,child_care|astrology,"
                + "WIEGO,https://www.wiego.org/child-care-markets\n";
        upload("themes.csv", wrong.getBytes(StandardCharsets.UTF_8), false, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("branches")));
        String right = header
                + "Crèche at Makola (branches import test),inclusion,GHA,5.5490,-0.2106,child_care|maternity,"
                + "WIEGO,https://www.wiego.org/child-care-markets\n"
                + "Savings group crèche (branches import test),inclusion,RWA,-1.9380,30.0450,\"Child_Care; family\","
                + "StreetNet,https://streetnet.org.za/?p=21524\n";
        String body = upload("themes.csv", right.getBytes(StandardCharsets.UTF_8), false, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.committed").value(true))
                .andReturn().getResponse().getContentAsString();
        created = ((List<Number>) JsonPath.read(body, "$.created")).stream().map(Number::longValue).toList();
        assertThat(created).hasSize(2);
        assertThat(branchesOf(created.get(0))).containsExactly("CHILD_CARE", "MATERNITY");
        assertThat(branchesOf(created.get(1))).containsExactly("CHILD_CARE", "FAMILY");
        // the template shows the column
        mvc.perform(get("/api/imports/templates/observations.csv"))
                .andExpect(content().string(containsString(",branches,")));
    }

    @Test
    void aRowAtSeaIsRefusedInTheReadersLanguage() throws Exception {
        String csv = "title,kind,country,latitude,longitude,source_title,source_url\n"
                + "Four km off Accra (sea import test),inclusion,GHA,5.50,-0.20,WIEGO,https://www.wiego.org/\n";
        upload("sea.csv", csv.getBytes(StandardCharsets.UTF_8), true, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.row == 2)].reason", hasItem(containsString("is at sea"))));
        var request = multipart("/api/imports/observations")
                .file(new MockMultipartFile("file", "sea.csv", null, csv.getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", "true").param("lang", "fr").with(user("ines").roles("RESEARCHER"));
        mvc.perform(request).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.row == 2)].reason", hasItem(containsString("se trouve en mer"))));
    }

    @Test
    void aRowInAnotherCountryIsRefusedNamingBothCountriesInTheReadersLanguage() throws Exception {
        String csv = "title,kind,country,latitude,longitude,source_title,source_url\n"
                + "Accra given as South Africa (import test),exclusion,ZAF,5.6037,-0.1870,WIEGO,https://www.wiego.org/\n";
        for (String[] lang : new String[][] {{"es", "está en Ghana (GHA), no en Sudáfrica (ZAF)"},
                {"fr", "se trouve dans le pays Ghana (GHA), et non dans le pays Afrique du Sud (ZAF)"}}) {
            var request = multipart("/api/imports/observations")
                    .file(new MockMultipartFile("file", "wrong.csv", null, csv.getBytes(StandardCharsets.UTF_8)))
                    .param("dryRun", "true").param("lang", lang[0]).with(user("ines").roles("RESEARCHER"));
            mvc.perform(request).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.problems[?(@.row == 2)].reason", hasItem(containsString(lang[1]))))
                    .andExpect(jsonPath("$.problems[?(@.row == 2)].reason",
                            hasItem(not(containsString("South Africa")))));
        }
    }

    private List<String> branchesOf(long id) {
        return jdbc.queryForList("SELECT branch FROM observation_branch WHERE observation_id = ? ORDER BY branch",
                String.class, id);
    }

    @Test
    void aDryRunChecksEverythingAndStoresNothingThenTheCommitStoresDrafts() throws Exception {
        long before = observations.count();
        upload("fixed.csv", CORRECT.getBytes(StandardCharsets.UTF_8), true, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.validRows").value(2))
                .andExpect(jsonPath("$.committed").value(false));
        assertThat(observations.count()).isEqualTo(before);
        String body = upload("fixed.csv", CORRECT.getBytes(StandardCharsets.UTF_8), false, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.committed").value(true))
                .andReturn().getResponse().getContentAsString();
        created = ((List<Number>) JsonPath.read(body, "$.created")).stream().map(Number::longValue).toList();
        assertThat(created).hasSize(2);
        var first = observations.findById(created.get(0)).orElseThrow();
        assertThat(first.getStatus().code()).isEqualTo("draft");
        assertThat(first.getCreatedBy()).isEqualTo("ines");
        assertThat(observations.findById(created.get(1)).orElseThrow().getCountryIso3()).isEqualTo("RWA");
    }

    @Test
    void spreadsheetsGeoJsonAndSurveyExportsAreReadByTheirContent() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("data");
            String[][] cells = {{"title", "kind", "latitude", "longitude", "source_title"},
                    {"From a spreadsheet", "exclusion", "-29.8587", "31.0218", "Survey 2024"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(xlsx);
        }
        // named .csv, read as the spreadsheet it is
        upload("renamed.csv", xlsx.toByteArray(), true, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("xlsx")).andExpect(jsonPath("$.validRows").value(1));
        String geojson = """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [30.0619, -1.9441]},
                 "properties": {"title": "From GeoJSON", "kind": "inclusion", "groups": ["market_traders"],
                                "source_title": "Field notes"}}]}""";
        upload("points.geojson", geojson.getBytes(StandardCharsets.UTF_8), true, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("geojson")).andExpect(jsonPath("$.validRows").value(1));
        String refused = """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.0619, -1.9441]},
                  "properties": {"title": "Kigali, read", "kind": "inclusion", "source_title": "Field notes"}},
                 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.0619, 95]},
                  "properties": {"title": "Kigali, mistyped", "kind": "inclusion", "source_title": "Field notes"}}]}""";
        upload("points.geojson", refused.getBytes(StandardCharsets.UTF_8), true, null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.validRows").value(1))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("geometry"))
                .andExpect(jsonPath("$.problems[0].reason", containsString("latitude 95.0 is outside -90..90")));
        String kobo = "start,end,Market name,Kind of finding,location,_location_latitude,_location_longitude,Source\n"
                + "2024-01-01,2024-01-01,Warwick Junction,exclusion,-29.8560 31.0120 12 5,,,KoboToolbox survey\n";
        upload("kobo.csv", kobo.getBytes(StandardCharsets.UTF_8), true,
                "{\"title\": \"Market name\", \"kind\": \"Kind of finding\", \"source_title\": \"Source\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.validRows").value(1));
        upload("kobo.csv", kobo.getBytes(StandardCharsets.UTF_8), true, "{\"title\": \"No such column\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].reason", containsString("mapping names a column")));
    }

    @Test
    void schemesPublicationsAndIndicatorsImportThroughTheirFormsChecks() throws Exception {
        for (String type : List.of("schemes", "publications", "indicators")) {
            byte[] template = mvc.perform(get("/api/imports/templates/" + type + ".csv")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            mvc.perform(multipart("/api/imports/" + type).file(new MockMultipartFile("file", type + ".csv", null, template))
                            .param("dryRun", "true").with(user("ines").roles("RESEARCHER")))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).as(type + ": "
                            + r.getResponse().getContentAsString()).isEqualTo(200))
                    .andExpect(jsonPath("$.validRows").value(1));
        }
        String values = "country,indicator,year,value,source_title\n"
                + "KEN,informal_employment_share,2019,83.6,Repeats the demo value\n"
                + "XYZ,informal_employment_share,2020,50,Unknown country\n"
                + "GHA,no_such_indicator,2020,50,Unknown indicator\n"
                + "GHA,informal_employment_share,2020,150,Over 100 percent\n";
        mvc.perform(multipart("/api/imports/indicators").file(new MockMultipartFile("file", "v.csv", null,
                        values.getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("year")))
                .andExpect(jsonPath("$.problems[?(@.row == 3)].column", hasItem("country")))
                .andExpect(jsonPath("$.problems[?(@.row == 4)].column", hasItem("indicator")))
                .andExpect(jsonPath("$.problems[?(@.row == 5)].column", hasItem("value")));
        String schemes = "country,official_name,branches,coverage,source_title\n"
                + "GHA,A test scheme,old_age,street_vendors=covered; farmers=excluded: no,Field notes\n"
                + "GHA,Another scheme,pensions,,Field notes\n";
        mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        schemes.getBytes(StandardCharsets.UTF_8))).with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.row == 2)].value", hasItem("farmers")))
                .andExpect(jsonPath("$.problems[?(@.row == 3)].column", hasItem("branches")));
    }

    @Test
    void aSchemeRowCarriesOneReformInItsReformColumns() throws Exception {
        String header = "country,official_name,branches,source_title,reform_date,reform_change,reform_group,"
                + "reform_status_before,reform_source_title,reform_source_url\n";
        String faulty = header
                + "THA,Reform import test,medical_care,Research article,2006-13,,,foo,,ftp://x\n"
                + "THA,Reform import test 2,medical_care,Research article,,,,,,\n";
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM scheme", Long.class);
        mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        faulty.getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("reform_date")))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("reform_change")))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("reform_status_before")))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].reason", hasItem(containsString("unknown status 'foo'"))))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("reform_source_title")))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("reform_source_url")))
                // a row without a reform is fine
                .andExpect(jsonPath("$.problems[?(@.row == 3)]").isEmpty());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheme", Long.class)).isEqualTo(before);

        String correct = header + "THA,Reform import test,medical_care,Research article,2006,"
                + "The copayment per visit was abolished.,informal_workers,partial,Research article,"
                + "https://pmc.ncbi.nlm.nih.gov/articles/PMC6986227/\n";
        String body = mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        correct.getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.<List<Number>>read(body, "$.created").get(0)).longValue();
        try {
            assertThat(jdbc.queryForMap("SELECT reform_date, reform_year, description, worker_group, status_before,"
                    + " source_url FROM scheme_reform WHERE scheme_id = ?", id)).containsValues("2006", 2006,
                    "The copayment per visit was abolished.", "INFORMAL_WORKERS", "PARTIAL",
                    "https://pmc.ncbi.nlm.nih.gov/articles/PMC6986227/");
        } finally {
            schemes.deleteById(id);
        }
    }

    @Test
    void largeFilesRunInTheBackgroundWithTheirProgressForTheirOwnerOnly() throws Exception {
        StringBuilder csv = new StringBuilder("title,kind,latitude,longitude,source_title\n");
        for (int i = 0; i < 450; i++) {
            csv.append("Background row ").append(i).append(",inclusion,").append(5.55 + i * 0.0001)
                    .append(",-0.2,Probe\n");
        }
        String started = mvc.perform(multipart("/api/imports/observations?async=true&dryRun=true")
                        .file(new MockMultipartFile("file", "big.csv", null, csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(started, "$.id");
        String state = "QUEUED";
        String body = null;
        for (int i = 0; i < 600 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
            Thread.sleep(100);
            body = mvc.perform(get("/api/imports/jobs/" + id).with(user("ines").roles("RESEARCHER")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            state = JsonPath.read(body, "$.state");
        }
        assertThat(state).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(body, "$.rowsDone")).isEqualTo(450);
        assertThat((Integer) JsonPath.read(body, "$.report.validRows")).isEqualTo(450);
        mvc.perform(get("/api/imports/jobs/" + id).with(user("someone-else").roles("RESEARCHER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/imports/jobs/" + id)).andExpect(status().isNotFound());
    }

    /** Waits for a job page to show its report, as the page's own refresh would. */
    String finishedPage(String location) throws Exception {
        String page = "";
        for (int i = 0; i < 300; i++) {
            // the redirect is already encoded: as a URI, not a template that would encode it again
            page = mvc.perform(get(java.net.URI.create(location)).with(user("ines").roles("RESEARCHER")))
                    .andReturn().getResponse().getContentAsString();
            if (page.contains("id=\"import-report\"")) {
                return page;
            }
            assertThat(page).contains("<progress");
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish: " + page);
    }

    /**
     * The "done": a 500-row KoboToolbox export (semicolons, its meta columns, time stamps, a geopoint) with
     * eight mistakes. The dry run names exactly those rows, with the column and the reason, and stores nothing; the
     * corrected file then commits all 500 rows in one go.
     */
    @Test
    void aFiveHundredRowSurveyWithMistakesIsReportedRowByRowThenCommittedOnceCorrected() throws Exception {
        String mapping = "{\"title\": \"Market name\", \"kind\": \"Finding\", \"narrative\": \"What happened\","
                + " \"groups\": \"Worker group\"}";
        long before = observations.count();
        String report = upload("kobo-export.csv", koboExport(true), false, mapping)
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(report, "$.rows")).isEqualTo(500);
        assertThat((Integer) JsonPath.read(report, "$.validRows")).isEqualTo(492);
        List<Integer> rows = JsonPath.read(report, "$.problems[*].row");
        assertThat(new java.util.TreeSet<>(rows)).containsExactly(37, 88, 150, 222, 301, 377, 420, 480);
        assertThat(problem(report, 37)).startsWith("Finding | sideways |");
        assertThat(problem(report, 88)).startsWith("_location_latitude | 95 |");
        assertThat(problem(report, 150)).contains("probably swapped");
        assertThat(problem(report, 222)).contains("falls in Ghana (GHA), not in South Africa (ZAF)");
        assertThat(problem(report, 301)).startsWith("Market name |");
        assertThat(problem(report, 377)).startsWith("today | 2021-13-01 |");
        assertThat(problem(report, 420)).startsWith("Worker group |").contains("farmers");
        assertThat(problem(report, 480)).contains("the same record as row 2");
        assertThat(observations.count()).isEqualTo(before);

        String committed = upload("kobo-export.csv", koboExport(false), false, mapping)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        created = ((List<Number>) JsonPath.read(committed, "$.created")).stream().map(Number::longValue).toList();
        assertThat(created).hasSize(500);
        assertThat(observations.count()).isEqualTo(before + 500);
        var first = observations.findById(created.get(0)).orElseThrow();
        assertThat(first.getObservedFrom()).hasToString("2024-03-05");
        assertThat(first.getCreatedBy()).isEqualTo("ines");
    }

    /** Rows 2..501 as the spreadsheet numbers them; with {@code mistakes}, eight rows carry one each. */
    private static byte[] koboExport(boolean mistakes) {
        String[][] places = {{"Accra", "GHA", "5.5560", "-0.1969"}, {"Nairobi", "KEN", "-1.2864", "36.8172"},
                {"Ahmedabad", "IND", "23.0225", "72.5714"}};
        StringBuilder csv = new StringBuilder("start;end;today;Market name;Finding;What happened;location;"
                + "_location_latitude;_location_longitude;_location_altitude;_location_precision;Worker group;Country;"
                + "source;url;_id;_uuid;_submission_time\n");
        for (int row = 2; row <= 501; row++) {
            String[] place = places[row % 3];
            String lat = String.format(java.util.Locale.ROOT, "%.4f", Double.parseDouble(place[2]) + (row % 7) * 0.001);
            String lon = String.format(java.util.Locale.ROOT, "%.4f", Double.parseDouble(place[3]) + (row % 5) * 0.001);
            String title = "Kobo survey row " + row + " (import test)";
            String kind = row % 4 == 0 ? "exclusion" : "inclusion";
            String country = row % 2 == 0 ? place[1] : "";
            String group = row % 3 == 0 ? "street_vendors" : "market_traders";
            String start = "2024-03-05T10:12:33.000+00:00";
            String today = "2024-03-05";
            String uuid = "uuid-" + row;
            if (mistakes) {
                switch (row) {
                    case 37 -> kind = "sideways";
                    case 88 -> lat = "95";
                    case 150 -> { lat = "30.0619"; lon = "-1.9441"; country = "RWA"; }
                    case 222 -> { lat = "5.5560"; lon = "-0.1969"; country = "ZAF"; }
                    case 301 -> title = "";
                    case 377 -> today = "2021-13-01";
                    case 420 -> group = "farmers";
                    case 480 -> uuid = "uuid-2";
                    default -> { }
                }
            }
            csv.append(String.join(";", start, "2024-03-05T10:40:02.000+00:00", today, title, kind,
                    "Interview at the market", lat + " " + lon + " 0 5", lat, lon, "0", "5", group, country,
                    "Field survey (synthetic test data)", "https://example.org/survey", String.valueOf(1000 + row),
                    uuid, "2024-03-05T11:00:00")).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "column | value | reason" of a row's first problem. */
    private static String problem(String report, int row) {
        List<java.util.Map<String, Object>> found = JsonPath.read(report, "$.problems[?(@.row == " + row + ")]");
        var p = found.get(0);
        return p.get("column") + " | " + p.get("value") + " | " + p.get("reason");
    }

    /** The reasons speak the reader's language: the page's, or a script's lang. */
    @Test
    void aFrenchReaderReadsTheReasonsInFrench() throws Exception {
        String report = mvc.perform(multipart("/api/imports/observations").file(new MockMultipartFile("file",
                        "terrain.csv", null, WITH_MISTAKES.getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "true").param("lang", "fr").with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problem(report, 10)).endsWith("la même fiche que la ligne 2");
        assertThat(problem(report, 3)).startsWith("kind | sideways | Choisissez");
        assertThat(problem(report, 5)).contains("probablement inversées\u202f: inversé, le point tombe en RWA");
        String noTitle = mvc.perform(multipart("/api/imports/observations").file(new MockMultipartFile("file",
                        "terrain.csv", null, "kind;latitude;longitude\ninclusion;5.6;-0.19\n".getBytes(
                        StandardCharsets.UTF_8))).param("lang", "es").with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problem(noTitle, 1)).endsWith("ninguna columna para el campo obligatorio «title»");
    }

    /** A survey export with its own column names: the report offers the file's columns for each field. */
    @Test
    void theColumnsOfASurveyAreChosenOnThePageThenTheSameFileIsCheckedAgain() throws Exception {
        var researcher = user("ines").roles("RESEARCHER");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String survey = "Market name,Finding,_location_latitude,_location_longitude,Worker group,source,url,Notes\n"
                + "Makola crèche (mapping test),inclusion,5.5490,-0.2106,market_traders,WIEGO,"
                + "https://www.wiego.org/child-care-markets,not a URL\n";
        String first = finishedPage(mvc.perform(multipart("/workspace/imports").file(new MockMultipartFile("file",
                        "kobo.csv", null, survey.getBytes(StandardCharsets.UTF_8))).param("type", "observations")
                        .with(researcher).with(csrf))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(first).contains("no column for the required field &#39;title&#39;")
                .contains("<details id=\"import-columns\" open=\"open\">")
                .contains("<select id=\"column-title\" name=\"column.title\">")
                .contains("<option value=\"Market name\">Market name</option>")
                .contains("<option value=\"_location_latitude\" selected=\"selected\">")
                .doesNotContain("/workspace/imports/commit");
        String token = first.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

        String second = finishedPage(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/workspace/imports/columns").param("token", token).param("type", "observations")
                        .param("column.title", "Market name").param("column.kind", "Finding")
                        .param("column.latitude", "_location_latitude").param("column.longitude", "_location_longitude")
                        .param("column.groups", "Worker group").param("column.source_title", "source")
                        .param("column.source_url", "").param("column.narrative", "Notes")
                        .with(researcher).with(csrf))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(second).contains("Every row is valid").contains("/workspace/imports/commit")
                .contains("<option value=\"Market name\" selected=\"selected\">");

        String committed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/workspace/imports/commit").param("token", token)
                        .param("checked", second.replaceAll("(?s).*name=\"checked\" value=\"([^\"]+)\".*", "$1"))
                        .with(researcher).with(csrf))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(finishedPage(committed)).as("committed with the columns chosen").contains("Imported");
        String report = mvc.perform(get("/api/imports/jobs/" + committed.substring(committed.lastIndexOf('/') + 1))
                .with(researcher)).andReturn().getResponse().getContentAsString();
        created = ((List<Number>) JsonPath.read(report, "$.report.created")).stream().map(Number::longValue).toList();
        assertThat(created).hasSize(1);
        assertThat((Object) JsonPath.read(report, "$.report.fields.source_url")).as("blank means no column").isNull();
        assertThat((Object) JsonPath.read(report, "$.report.fields.narrative")).isEqualTo("Notes");
        assertThat((List<String>) JsonPath.read(report, "$.report.columns")).contains("Market name", "Notes");
    }

    @Test
    void thePageChecksWithAProgressBarThenCommitsTheCheckedFile() throws Exception {
        var researcher = user("ines").roles("RESEARCHER");
        String location = mvc.perform(multipart("/workspace/imports").file(new MockMultipartFile("file", "fixed.csv",
                        null, CORRECT.getBytes(StandardCharsets.UTF_8))).param("type", "observations")
                        .with(researcher).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String report = finishedPage(location);
        assertThat(report).contains("Every row is valid");
        String token = report.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        String checked = report.replaceAll("(?s).*name=\"checked\" value=\"([^\"]+)\".*", "$1");
        long before = observations.count();
        String committed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/workspace/imports/commit").param("token", token).param("checked", checked)
                        .with(researcher).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(finishedPage(committed)).contains("Imported");
        String job = mvc.perform(get("/api/imports/jobs/" + committed.substring(committed.lastIndexOf('/') + 1))
                .with(researcher)).andReturn().getResponse().getContentAsString();
        created = ((List<Number>) JsonPath.read(job, "$.report.created")).stream().map(Number::longValue).toList();
        assertThat(observations.count()).isEqualTo(before + 2);
    }

    @Test
    void scriptsNeedARoleAndGetATemplateAndACsvReport() throws Exception {
        mvc.perform(multipart("/api/imports/observations").file(new MockMultipartFile("file", "x.csv", null,
                CORRECT.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/imports/templates/observations.csv")).andExpect(status().isOk());
        var report = mvc.perform(multipart("/api/imports/observations?report=csv")
                        .file(new MockMultipartFile("file", "x.csv", null, WITH_MISTAKES.getBytes(StandardCharsets.UTF_8)))
                        .with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse();
        assertThat(report.getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFFrow,column,value,reason");
        upload("empty.csv", new byte[0], true, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"));
        upload("binary.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}, true, null).andExpect(status().isBadRequest());
    }

    /** The report quotes the file's cells: one a spreadsheet would run is neutralised, a row number stays a number. */
    @Test
    void theCsvReportNeutralisesFormulasQuotedFromTheFile() throws Exception {
        String file = HEADER + "=1+1;@sideways;Makola;GHA;5.5490;-0.2106;;2019;WIEGO;https://www.wiego.org\n";
        var report = mvc.perform(multipart("/api/imports/observations?report=csv")
                        .file(new MockMultipartFile("file", "x.csv", null, file.getBytes(StandardCharsets.UTF_8)))
                        .with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse();
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(report.getContentAsString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        var kind = rows.stream().filter(r -> r.get("column").equals("kind")).findFirst().orElseThrow();
        assertThat(kind.get("row")).isEqualTo("2");
        assertThat(kind.get("value")).isEqualTo("'@sideways");
    }
}
