package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Survey exports as they come from the field (issue 16): read with their own column names and labels, re-imported to
 * update what they created, and committed in part when some rows are wrong.
 */
@AtlasTest
abstract class SurveyImportTests {

    static final String PREFIX = "survey-test";

    @Autowired MockMvc mvc;
    @Autowired Observations observations;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void removeImported() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM observation WHERE survey_record_id LIKE ?", Long.class,
                PREFIX + "%");
        ids.forEach(id -> jdbc.update("DELETE FROM record_revision WHERE record_id = ?", id));
        ids.forEach(observations::deleteById);
    }

    ResultActions upload(String user, byte[] bytes, boolean dryRun, boolean partial, String report) throws Exception {
        return mvc.perform(multipart("/api/imports/observations").file(new MockMultipartFile("file", "visits.csv",
                        null, bytes)).param("dryRun", String.valueOf(dryRun)).param("partial", String.valueOf(partial))
                .param("report", report).with(user(user).roles("RESEARCHER")));
    }

    /**
     * The file: 500 market visits with nine planted mistakes. Each is named with its row, column and reason;
     * all or nothing refuses the file, and the partial choice commits the 491 other rows and leaves the nine in a file
     * to correct. The corrected export, imported again, creates those nine and leaves the 491 unchanged.
     */
    @Test
    void thePlantedMistakesAreNamedAndTheOtherRowsCommittedWithThePartialChoice() throws Exception {
        long before = observations.count();
        byte[] file = MarketVisits.export(PREFIX, true);
        String refused = upload("ines", file, false, false, "json").andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(refused, "$.committed")).isFalse();
        assertThat(observations.count()).as("all or nothing by default").isEqualTo(before);

        String report = upload("ines", file, false, true, "json").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(report, "$.partial")).isTrue();
        assertThat((Boolean) JsonPath.read(report, "$.committed")).isTrue();
        assertThat((Integer) JsonPath.read(report, "$.rows")).isEqualTo(500);
        assertThat((Integer) JsonPath.read(report, "$.validRows")).isEqualTo(491);
        assertThat((Integer) JsonPath.read(report, "$.createdRows")).isEqualTo(491);
        List<Integer> rows = JsonPath.read(report, "$.problems[*].row");
        assertThat(new TreeSet<>(rows)).containsExactlyElementsOf(new TreeSet<>(MarketVisits.MISTAKES.keySet()));
        MarketVisits.MISTAKES.forEach((row, expected) -> {
            List<Map<String, Object>> found = JsonPath.read(report, "$.problems[?(@.row == " + row + ")]");
            assertThat(found).as("row " + row).anySatisfy(p -> {
                assertThat(p.get("column")).as("row " + row).isEqualTo(expected.get(0));
                assertThat((String) p.get("reason")).as("row " + row).contains(expected.get(1));
            });
        });
        assertThat(observations.count()).isEqualTo(before + 491);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE survey_record_id LIKE ?",
                Integer.class, PREFIX + "%")).isEqualTo(491);
        // the fields found by their survey names, every other column listed as not read, its dates said
        assertThat((String) JsonPath.read(report, "$.fields.groups")).isEqualTo("group_visit/worker_group");
        assertThat((String) JsonPath.read(report, "$.fields.observed_from")).isEqualTo("today");
        assertThat((String) JsonPath.read(report, "$.fields.record_id")).isEqualTo("_uuid");
        assertThat((List<String>) JsonPath.read(report, "$.ignored")).contains("start", "deviceid", "meta/instanceID",
                "_submission_time").doesNotContain("today", "_uuid", "group_visit/worker_group");
        assertThat((List<String>) JsonPath.read(report, "$.dateColumns")).contains("start", "_submission_time")
                .doesNotContain("deviceid");
        // a market visited fifty times is fifty observations, not one and forty-nine duplicates
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE title = 'Makola Market'"
                + " AND survey_record_id LIKE ?", Integer.class, PREFIX + "%")).isEqualTo(50);

        // the refused rows, as the file had them with the reason, to correct and import again
        String refusedRows = upload("ines", file, true, false, "refused").andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(refusedRows.substring(1))).getRecords();
        assertThat(records).hasSize(9);
        assertThat(records.get(0).getParser().getHeaderNames()).startsWith("start", "end", "today").endsWith("error");
        assertThat(records.get(0).get("today")).isEqualTo("2024-02-30");
        assertThat(records.get(0).get("error")).contains("today: ").contains("not a calendar date");

        String again = upload("ines", MarketVisits.export(PREFIX, false), false, false, "json")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(again, "$.createdRows")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(again, "$.unchangedRows")).isEqualTo(491);
        assertThat((Integer) JsonPath.read(again, "$.updatedRows")).isZero();
        assertThat(observations.count()).isEqualTo(before + 500);
    }

    /**
     * An updated export updates what the first import created: a draft in place, a published record by a new version
     * for review that leaves it as it is meanwhile; the preview says which rows create, update or leave records unchanged, and stores nothing.
     */
    @Test
    void reImportingAnUpdatedExportUpdatesTheRecordsItCreated() throws Exception {
        String header = "_uuid;title;kind;today;_location_latitude;_location_longitude;group/worker_group;source;url\n";
        String first = header
                + PREFIX + "-a;Makola Market;inclusion;2024-03-05;5.5490;-0.2106;Market traders;Survey;https://example.org\n"
                + PREFIX + "-b;Makola Market;exclusion;2024-03-06;5.5490;-0.2106;Street vendors;Survey;https://example.org\n"
                + PREFIX + "-c;Gikomba Market;inclusion;2024-03-05;-1.2840;36.8370;street vendors;Survey;https://example.org\n";
        String created = upload("ines", first.getBytes(StandardCharsets.UTF_8), false, false, "json")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> ids = ((List<Number>) JsonPath.read(created, "$.created")).stream().map(Number::longValue).toList();
        assertThat(ids).hasSize(3);
        jdbc.update("UPDATE observation SET status = 'PUBLISHED' WHERE id = ?", ids.get(2));
        long before = observations.count();

        String updated = header
                + PREFIX + "-a;Makola Market;exclusion;2024-03-05;5.5490;-0.2106;Market traders;Survey;https://example.org\n"
                + PREFIX + "-b;Makola Market;exclusion;2024-03-06;5.5490;-0.2106;Street vendors;Survey;https://example.org\n"
                + PREFIX + "-c;Gikomba Market;exclusion;2024-03-05;-1.2840;36.8370;street vendors;Survey;https://example.org\n"
                + PREFIX + "-d;Gikomba Market;inclusion;2024-03-07;-1.2840;36.8370;street vendors;Survey;https://example.org\n";
        byte[] bytes = updated.getBytes(StandardCharsets.UTF_8);
        String preview = upload("ines", bytes, true, false, "json").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(preview, "$.createdRows")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(preview, "$.updatedRows")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(preview, "$.unchangedRows")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(preview, "$.changes[*].outcome"))
                .containsExactly("updated", "unchanged", "newVersion");
        assertThat((List<Integer>) JsonPath.read(preview, "$.changes[*].row")).containsExactly(2, 3, 4);
        assertThat(observations.count()).as("a preview stores nothing").isEqualTo(before);
        assertThat(kindOf(ids.get(0))).isEqualTo("INCLUSION");

        // another researcher's import cannot take over these records
        upload("omar", bytes, true, false, "json").andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat((String) JsonPath.read(r.getResponse().getContentAsString(),
                        "$.problems[0].reason")).contains("imported by someone else"));

        upload("ines", bytes, false, false, "json").andExpect(status().isOk());
        assertThat(observations.count()).isEqualTo(before + 1);
        assertThat(kindOf(ids.get(0))).isEqualTo("EXCLUSION");
        assertThat(statusOf(ids.get(0))).as("a draft is updated in place").isEqualTo("DRAFT");
        assertThat(kindOf(ids.get(2))).as("the public keeps the published version").isEqualTo("INCLUSION");
        assertThat(statusOf(ids.get(2))).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_revision WHERE record_id = ? AND status = 'PENDING'"
                + " AND note LIKE ?", Integer.class, ids.get(2), "%" + PREFIX + "-c%")).isEqualTo(1);
    }

    /** Labels in English, French and Spanish, codes, capitals, no accents, singular or plural: one code. */
    @Test
    void groupsKindsBranchesAndPlaceTypesAreReadFromTheirLabelsInThreeLanguages() throws Exception {
        String file = "_uuid,title,kind,place_type,latitude,longitude,worker_group,branches\n"
                + PREFIX + "-en,Labels in English,Exclusion,Market,5.5490,-0.2106,Street vendors;home-based worker,Child care\n"
                + PREFIX + "-fr,Étiquettes en français,exclusion,Marché,5.5491,-0.2106,vendeurs de rue|Travailleurs à domicile,Garde d'enfants\n"
                + PREFIX + "-es,Etiquetas en español,Exclusión,mercado,5.5492,-0.2106,Vendedores ambulantes;trabajadores a domicilio,cuidado infantil\n"
                + PREFIX + "-codes,Codes and spellings,EXCLUSION,MARKET,5.5493,-0.2106,street_vendors home_based_workers,CHILD_CARE\n";
        String report = upload("ines", file.getBytes(StandardCharsets.UTF_8), false, false, "json")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> ids = ((List<Number>) JsonPath.read(report, "$.created")).stream().map(Number::longValue).toList();
        assertThat(ids).hasSize(4);
        for (long id : ids) {
            transactions.executeWithoutResult(t -> {
                Observation o = observations.findById(id).orElseThrow();
                assertThat(o.getKind()).as(o.getTitle()).hasToString("EXCLUSION");
                assertThat(o.getPlaceType()).as(o.getTitle()).hasToString("MARKET");
                assertThat(o.getGroups()).as(o.getTitle()).extracting(Enum::name)
                        .containsExactlyInAnyOrder("STREET_VENDORS", "HOME_BASED_WORKERS");
                assertThat(o.getBranches()).as(o.getTitle()).extracting(Enum::name).containsExactly("CHILD_CARE");
            });
        }
        String unknown = "title,kind,latitude,longitude,worker_group\nUnknown,inclusion,5.5490,-0.2106,farmers\n";
        upload("ines", unknown.getBytes(StandardCharsets.UTF_8), true, false, "json")
                .andExpect(status().isUnprocessableContent());
    }

    /** The template holds what a record can: several sources, schemes by name or number, groups and branches. */
    @Test
    void theTemplateImportsWithSeveralSourcesAndASchemeByName() throws Exception {
        String template = mvc.perform(get("/api/imports/templates/observations.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).contains("record_id,").contains(",groups,").contains(",branches,").contains(",schemes,")
                .contains(",sources");
        String file = template.replace("makola-2019-01", PREFIX + "-template");
        String report = upload("ines", file.getBytes(StandardCharsets.UTF_8), false, false, "json")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(report, "$.created[0]")).longValue();
        transactions.executeWithoutResult(t -> {
            Observation o = observations.findById(id).orElseThrow();
            assertThat(o.getSources()).hasSize(3);
            assertThat(o.getSchemes()).extracting(s -> s.getAcronym()).containsExactly("LEAP");
            assertThat(o.getGroups()).extracting(Enum::name).containsExactlyInAnyOrder("MARKET_TRADERS",
                    "STREET_VENDORS");
        });
        String wrong = "title,kind,latitude,longitude,schemes\nNo such scheme,inclusion,5.5490,-0.2106,Nonexistent plan\n";
        upload("ines", wrong.getBytes(StandardCharsets.UTF_8), true, false, "json")
                .andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat((String) JsonPath.read(r.getResponse().getContentAsString(),
                        "$.problems[0].column")).isEqualTo("schemes"));
    }

    /** The report downloads as CSV and XLSX from the API and from the page, and the page offers the partial choice. */
    @Test
    void theReportDownloadsAsCsvAndXlsxAndThePageOffersThePartialChoice() throws Exception {
        byte[] file = MarketVisits.export(PREFIX, true);
        byte[] xlsx = upload("ines", file, true, false, "xlsx").andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("reason");
            List<Integer> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add((int) sheet.getRow(r).getCell(0).getNumericCellValue());
            }
            assertThat(new TreeSet<>(rows)).containsExactlyElementsOf(new TreeSet<>(MarketVisits.MISTAKES.keySet()));
        }

        var researcher = user("ines").roles("RESEARCHER");
        String location = mvc.perform(multipart("/workspace/imports").file(new MockMultipartFile("file", "visits.csv",
                        null, file)).param("type", "observations").with(researcher).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = finishedPage(location);
        String job = location.replaceAll(".*/jobs/([^?]+).*", "$1");
        assertThat(page).contains("id=\"import-partial\"").contains("name=\"partial\" value=\"true\" required")
                .doesNotContain("name=\"partial\" value=\"true\" required checked")
                .contains("/workspace/imports/jobs/" + job + "/report.xlsx")
                .contains("These columns hold dates that are not read: start, _submission_time. To use one as the"
                        + " observation&#39;s date");
        assertThat(mvc.perform(get("/workspace/imports/jobs/" + job + "/report.csv").with(researcher))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFrow,column,value,reason").contains("not a calendar date");
        mvc.perform(get("/workspace/imports/jobs/" + job + "/report.xlsx").with(researcher))
                .andExpect(status().isOk());
        mvc.perform(get("/workspace/imports/jobs/" + job + "/report.csv").with(user("omar").roles("RESEARCHER")))
                .andExpect(status().isNotFound());

        String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        String committed = mvc.perform(post("/workspace/imports/commit").param("token", token).param("checked", job)
                        .param("partial", "true").with(researcher).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String done = finishedPage(committed);
        assertThat(done).contains("Partial import chosen: the 491 valid rows were imported and the 9 refused rows"
                + " were left out.").contains("refused.csv");
        String refusedJob = committed.replaceAll(".*/jobs/([^?]+).*", "$1");
        String refused = mvc.perform(get("/workspace/imports/jobs/" + refusedJob + "/refused.csv")
                        .param("token", token).with(researcher)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused.lines().count()).isEqualTo(10);
    }

    private String kindOf(long id) {
        return jdbc.queryForObject("SELECT kind FROM observation WHERE id = ?", String.class, id);
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("SELECT status FROM observation WHERE id = ?", String.class, id);
    }

    /** Waits for a job page to show its report, as the page's own refresh would. */
    String finishedPage(String location) throws Exception {
        String page = "";
        for (int i = 0; i < 600; i++) {
            page = mvc.perform(get(java.net.URI.create(location)).with(user("ines").roles("RESEARCHER")))
                    .andReturn().getResponse().getContentAsString();
            if (page.contains("id=\"import-report\"")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish: " + page);
    }
}
