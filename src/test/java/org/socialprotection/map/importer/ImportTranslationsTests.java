package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.GroupCoverage;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeReform;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.translation.TranslationDesk;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One column per language: title_fr, narrative_es, place_name_fr and the original language come in with the record,
 * as an export writes them, and become the importer's translation drafts; nothing of them is public until reviewed.
 */
@AtlasTest
abstract class ImportTranslationsTests {

    static final String HEADER = "title,kind,narrative,place_name,country,latitude,longitude,source_title,source_url,"
            + "original_language,title_en,title_fr,title_es,narrative_fr,place_name_es\n";

    @Autowired MockMvc mvc;
    @Autowired Observations observations;
    @Autowired JdbcTemplate jdbc;
    @Autowired Schemes schemes;
    @Autowired Publications publications;
    @Autowired Fixtures fixtures;
    @Autowired TranslationDesk desk;
    @Autowired TransactionTemplate transactions;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeImported() {
        for (Long id : created) {
            jdbc.update("DELETE FROM translation WHERE record_type = 'observations' AND record_id = ?", id);
            observations.deleteById(id);
        }
    }

    ResultActions upload(String csv, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/imports/observations")
                .file(new MockMultipartFile("file", "translated.csv", null, csv.getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", String.valueOf(dryRun)).with(user("tina").roles("RESEARCHER")));
    }

    @Test
    void translationsInTheirOwnColumnsBecomeDraftsOfTheImporter() throws Exception {
        String csv = HEADER + "Crèche at Makola (translation import),inclusion,Traders run a crèche.,Makola Market,GHA,"
                + "5.5490,-0.2106,WIEGO,https://www.wiego.org/child-care-markets,en,"
                + "Crèche at Makola (translation import),Crèche au marché de Makola,Guardería en el mercado Makola,"
                + "Les commerçantes tiennent une crèche.,Mercado Makola\n";
        String body = upload(csv, false).andExpect(status().isOk()).andExpect(jsonPath("$.committed").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.<List<Number>>read(body, "$.created").get(0)).longValue();
        created.add(id);

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT language, field, working_text, published_text,"
                + " status, created_by FROM translation WHERE record_type = 'observations' AND record_id = ?"
                + " ORDER BY language, field", id);
        assertThat(rows).extracting(r -> r.get("language") + "." + r.get("field") + "=" + r.get("working_text"))
                .containsExactly("es.placeName=Mercado Makola", "es.title=Guardería en el mercado Makola",
                        "fr.narrative=Les commerçantes tiennent une crèche.", "fr.title=Crèche au marché de Makola");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("DRAFT");
            assertThat(r.get("published_text")).isNull();
            assertThat(r.get("created_by")).isEqualTo("tina");
        });
        assertThat(jdbc.queryForObject("SELECT original_language FROM observation WHERE id = ?", String.class, id))
                .isEqualTo("en");
        // the translations page shows them to the researcher, as drafts of the record's languages
        mvc.perform(get("/workspace/observations/" + id + "/translations").with(user("tina").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Crèche au marché de Makola")));
    }

    @Test
    void aRecordWrittenInFrenchTakesItsTitleFromItsOwnColumnAndEnglishAsATranslation() throws Exception {
        String csv = HEADER + ",exclusion,,,GHA,5.5600,-0.2000,WIEGO,https://www.wiego.org,fr,"
                + "Eviction at Kaneshie (translation import),Expulsion à Kaneshie (import de traduction),,,\n";
        String body = upload(csv, false).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.<List<Number>>read(body, "$.created").get(0)).longValue();
        created.add(id);
        assertThat(jdbc.queryForObject("SELECT title FROM observation WHERE id = ?", String.class, id))
                .isEqualTo("Expulsion à Kaneshie (import de traduction)");
        assertThat(jdbc.queryForObject("SELECT original_language FROM observation WHERE id = ?", String.class, id))
                .isEqualTo("fr");
        assertThat(jdbc.queryForList("SELECT language || '.' || field || '=' || working_text FROM translation"
                + " WHERE record_type = 'observations' AND record_id = ?", String.class, id))
                .containsExactly("en.title=Eviction at Kaneshie (translation import)");
    }

    @Test
    void theOriginalsColumnMustAgreeWithThePlainOneAndNothingIsStoredOtherwise() throws Exception {
        long before = observations.count();
        long translations = jdbc.queryForObject("SELECT COUNT(*) FROM translation", Long.class);
        String csv = HEADER + "Market crèche (translation import),inclusion,,,GHA,5.5490,-0.2106,WIEGO,"
                + "https://www.wiego.org,en,Another title,Crèche du marché,,,\n"
                + "Second row (translation import),inclusion,,,GHA,5.5500,-0.2100,WIEGO,https://www.wiego.org,de,,,,,\n";
        upload(csv, false).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column", hasItem("title_en")))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].reason", hasItem(containsString("title"))))
                .andExpect(jsonPath("$.problems[?(@.row == 3)].column", hasItem("original_language")));
        assertThat(observations.count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM translation", Long.class)).isEqualTo(translations);
    }

    List<String> translationsOf(String type, long id) {
        return jdbc.queryForList("SELECT language || '.' || field || '=' || working_text FROM translation"
                + " WHERE record_type = ? AND record_id = ? AND status = 'DRAFT' ORDER BY language, field",
                String.class, type, id);
    }

    @Test
    void schemesAndPublicationsTakeTheirTextsInOneColumnPerLanguageToo() throws Exception {
        String schemeCsv = "country,official_name,branches,source_title,original_language,description_en,"
                + "description_fr,note_es\n"
                + "GHA,Translated import scheme,old_age,Field notes,en,Pensions for traders.,"
                + "Des pensions pour les commerçantes.,Sin confirmar por las fuentes.\n";
        String body = mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        schemeCsv.getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("tina").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long scheme = ((Number) JsonPath.<List<Number>>read(body, "$.created").get(0)).longValue();
        try {
            assertThat(jdbc.queryForObject("SELECT description FROM scheme WHERE id = ?", String.class, scheme))
                    .isEqualTo("Pensions for traders.");
            assertThat(translationsOf("schemes", scheme)).containsExactly("es.note=Sin confirmar por las fuentes.",
                    "fr.description=Des pensions pour les commerçantes.");
        } finally {
            jdbc.update("DELETE FROM translation WHERE record_type = 'schemes' AND record_id = ?", scheme);
            schemes.deleteById(scheme);
        }

        // a Spanish brief: its own language is the original's, English and French are translations
        String briefCsv = "type,title,summary,language,url,title_en,summary_fr\n"
                + "brief,Guía de importación traducida,Un resumen.,es,https://example.org/guia-importacion,"
                + "Translated import guide,Un résumé.\n";
        body = mvc.perform(multipart("/api/imports/publications").file(new MockMultipartFile("file", "p.csv", null,
                        briefCsv.getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("tina").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long brief = ((Number) JsonPath.<List<Number>>read(body, "$.created").get(0)).longValue();
        try {
            assertThat(jdbc.queryForObject("SELECT original_language FROM publication WHERE id = ?", String.class,
                    brief)).isEqualTo("es");
            assertThat(translationsOf("publications", brief)).containsExactly("en.title=Translated import guide",
                    "fr.summary=Un résumé.");
        } finally {
            jdbc.update("DELETE FROM translation WHERE record_type = 'publications' AND record_id = ?", brief);
            publications.deleteById(brief);
        }
    }

    void deleteScheme(long id) {
        jdbc.update("DELETE FROM translation WHERE record_type = 'schemes' AND record_id = ?", id);
        jdbc.update("DELETE FROM translation_aud WHERE record_type = 'schemes' AND record_id = ?", id);
        transactions.executeWithoutResult(t -> schemes.deleteById(id));
    }

    @Test
    void anExportedSchemeComesBackWithItsCoverageReasonsAndTheirTranslations() throws Exception {
        long id = transactions.execute(t -> {
            Scheme s = fixtures.scheme("zt-reasons-round-trip", "GHA", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
            s.getCoverage().add(new GroupCoverage(WorkerGroup.STREET_VENDORS, CoverageStatus.EXCLUDED,
                    "not employees; paid by the day"));
            s.getCoverage().add(new GroupCoverage(WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.COVERED, null));
            return schemes.saveAndFlush(s).getId();
        });
        CSVRecord exported;
        String[] header;
        try {
            transactions.executeWithoutResult(t -> desk.save("schemes", id, Language.FR, Map.of(
                    "reason.street_vendors", "pas salariés ; payés à la journée"), true, new Actor("alice", false)));
            transactions.executeWithoutResult(t -> desk.publish("schemes", id, Language.FR, new Actor("edna", true)));
            var started = mvc.perform(get("/api/schemes/export?country=GHA")).andExpect(status().isOk()).andReturn();
            String text = mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1)));
            header = parsed.getHeaderNames().toArray(String[]::new);
            exported = parsed.getRecords().stream().filter(r -> r.get("id").equals(String.valueOf(id)))
                    .findFirst().orElseThrow();
        } finally {
            deleteScheme(id);
        }
        assertThat(exported.get("legal_coverage")).contains("street_vendors=excluded: not employees;; paid by the day")
                .contains("domestic_workers=covered");
        assertThat(exported.get("coverage_reasons_en")).isEqualTo("street_vendors: not employees;; paid by the day");
        assertThat(exported.get("coverage_reasons_fr")).isEqualTo("street_vendors: pas salariés ;; payés à la journée");
        assertThat(exported.get("coverage_reasons_es")).isEmpty();

        // the same row read back: the reason whole, its French translation a draft of the importer
        StringWriter file = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(file, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            csv.printRecord(exported.values());
        }
        String body = mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        file.toString().getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("tina").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long imported = ((Number) JsonPath.<List<Number>>read(body, "$.created").get(0)).longValue();
        try {
            assertThat(jdbc.queryForList("SELECT worker_group || '=' || coverage_status || ':' || COALESCE(reason, '')"
                    + " FROM scheme_coverage WHERE scheme_id = ? ORDER BY worker_group", String.class, imported))
                    .containsExactly("DOMESTIC_WORKERS=COVERED:", "STREET_VENDORS=EXCLUDED:not employees; paid by the day");
            assertThat(translationsOf("schemes", imported))
                    .containsExactly("fr.reason.street_vendors=pas salariés ; payés à la journée");
        } finally {
            deleteScheme(imported);
        }
    }

    /**
     * The reforms in their reform_* columns, one entry a reform by date, and what each changed in every language in
     * reform_change_xx: a scheme file goes back in with its reforms' translations, each with its own reform.
     */
    @Test
    void anExportedSchemeComesBackWithItsReformsAndTheirTranslations() throws Exception {
        long id = transactions.execute(t -> {
            Scheme s = fixtures.scheme("zt-reforms-round-trip", "GHA", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
            s.getCoverage().add(new GroupCoverage(WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.COVERED, null));
            // the later reform first in the scheme's list: the export orders them by date, each with its own texts
            s.getReforms().add(new SchemeReform("2018-07", 2018, "Widened to domestic workers; by decree",
                    WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.EXCLUDED, "Decree 2018", "https://example.org/decree"));
            s.getReforms().add(new SchemeReform("2004", 2004, "Started.", null, null, "Gazette 2004", null));
            return schemes.saveAndFlush(s).getId();
        });
        CSVRecord exported;
        String[] header;
        try {
            transactions.executeWithoutResult(t -> desk.save("schemes", id, Language.FR, Map.of(
                    "reform.0", "Élargi aux travailleuses domestiques ; par décret"), true, new Actor("alice", false)));
            transactions.executeWithoutResult(t -> desk.publish("schemes", id, Language.FR, new Actor("edna", true)));
            transactions.executeWithoutResult(t -> desk.save("schemes", id, Language.ES, Map.of(
                    "reform.1", "Comenzó."), true, new Actor("alice", false)));
            transactions.executeWithoutResult(t -> desk.publish("schemes", id, Language.ES, new Actor("edna", true)));
            var started = mvc.perform(get("/api/schemes/export?country=GHA")).andExpect(status().isOk()).andReturn();
            String text = mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1)));
            header = parsed.getHeaderNames().toArray(String[]::new);
            exported = parsed.getRecords().stream().filter(r -> r.get("id").equals(String.valueOf(id)))
                    .findFirst().orElseThrow();
        } finally {
            deleteScheme(id);
        }
        assertThat(exported.get("reform_date")).isEqualTo("2004; 2018-07");
        assertThat(exported.get("reform_change")).isEqualTo("Started.; Widened to domestic workers;; by decree");
        assertThat(exported.get("reform_group")).isEqualTo("; domestic_workers");
        assertThat(exported.get("reform_status_before")).isEqualTo("; excluded");
        assertThat(exported.get("reform_source_title")).isEqualTo("Gazette 2004; Decree 2018");
        assertThat(exported.get("reform_source_url")).isEqualTo("; https://example.org/decree");
        assertThat(exported.get("reform_change_en")).isEqualTo(exported.get("reform_change"));
        assertThat(exported.get("reform_change_fr")).isEqualTo("; Élargi aux travailleuses domestiques ;; par décret");
        assertThat(exported.get("reform_change_es")).isEqualTo("Comenzó.; ");

        // read back: the reforms in the file's order, each translation a draft of the importer at its reform's position
        StringWriter file = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(file, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            csv.printRecord(exported.values());
        }
        String body = mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        file.toString().getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("tina").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long imported = ((Number) JsonPath.<List<Number>>read(body, "$.created").get(0)).longValue();
        try {
            assertThat(jdbc.queryForList("SELECT reform_date || '|' || description || '|' || COALESCE(worker_group, '')"
                    + " || '|' || COALESCE(status_before, '') || '|' || source_title || '|' || COALESCE(source_url, '')"
                    + " FROM scheme_reform WHERE scheme_id = ? ORDER BY position", String.class, imported))
                    .containsExactly("2004|Started.|||Gazette 2004|",
                            "2018-07|Widened to domestic workers; by decree|DOMESTIC_WORKERS|EXCLUDED|Decree 2018|"
                                    + "https://example.org/decree");
            assertThat(translationsOf("schemes", imported)).containsExactly("es.reform.0=Comenzó.",
                    "fr.reform.1=Élargi aux travailleuses domestiques ; par décret");
        } finally {
            deleteScheme(imported);
        }
    }

    @Test
    void aReformColumnWithMoreEntriesThanReformsIsAProblemOfItsRowAndColumn() throws Exception {
        long before = schemes.count();
        String csv = "country,official_name,branches,original_language,reform_date,reform_change,"
                + "reform_source_title,reform_change_fr\n"
                + "GHA,Reforms import one,old_age,en,2004; 2010,Started.; Widened.,Gazette; Gazette,"
                + "Commencé.; Élargi.; Réduit.\n";
        mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        csv.getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("tina").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.row == 2 && @.column == 'reform_change_fr')].reason",
                        hasItem(containsString("3 entries, but reform_date gives 2 items"))))
                .andExpect(jsonPath("$.problems.length()").value(1));
        assertThat(schemes.count()).isEqualTo(before);
    }

    @Test
    void aCoverageReasonColumnThatCannotBeReadIsAProblemOfItsRowAndColumn() throws Exception {
        long before = schemes.count();
        String csv = "country,official_name,branches,original_language,legal_coverage,coverage_reasons_en,"
                + "coverage_reasons_fr,coverage_reasons_es\n"
                + "GHA,Reasons import one,old_age,en,street_vendors=excluded: not employees,"
                + "street_vendors: not wage earners,street_vendors pas salariés,\n"
                + "GHA,Reasons import two,old_age,en,street_vendors=excluded,,,"
                + "street_vendors: no asalariados; astronauts: sin contrato; domestic_workers: sin contrato\n";
        mvc.perform(multipart("/api/imports/schemes").file(new MockMultipartFile("file", "s.csv", null,
                        csv.getBytes(StandardCharsets.UTF_8))).param("dryRun", "false")
                        .with(user("tina").roles("RESEARCHER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.committed").value(false))
                // the original's reason twice, differently
                .andExpect(jsonPath("$.problems[?(@.row == 2 && @.column == 'coverage_reasons_en')].reason",
                        hasItem(containsString("legal_coverage"))))
                // no "group: reason"
                .andExpect(jsonPath("$.problems[?(@.row == 2 && @.column == 'coverage_reasons_fr')].reason",
                        hasItem(containsString("group: reason"))))
                .andExpect(jsonPath("$.problems[?(@.row == 3 && @.column == 'coverage_reasons_es')].value",
                        hasItem("astronauts")))
                // a reason for a group whose coverage the row does not give
                .andExpect(jsonPath("$.problems[?(@.row == 3 && @.column == 'coverage_reasons_es')].reason",
                        hasItem(containsString("domestic_workers"))))
                .andExpect(jsonPath("$.problems.length()").value(4));
        assertThat(schemes.count()).isEqualTo(before);
    }
}
