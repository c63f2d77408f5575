package org.socialprotection.map.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.support.FormTestSupport;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The titles of a podcast's chapters are translated as its other texts are ("segment.0", by position): the translation
 * page and review queue offer them, the player and observation pages give the reader's language or the original
 * marked with its lang, the API and the export carry every language, and an edit of a title marks its translations out
 * of date. On both databases.
 */
@AtlasTest
@Transactional
abstract class SegmentTranslationTests extends FormTestSupport {

    static final String MARKET = "Child care at the Suva market";
    static final String MARKET_FR = "La garde d’enfants au marché de Suva";
    static final String MARKET_ES = "El cuidado infantil en el mercado de Suva";
    static final String COMMITTEES = "Market committees and their crèche";
    static final String COMMITTEES_FR = "Les comités de marché et leur crèche";

    @Autowired Fixtures fixtures;
    @Autowired Publications publications;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Observation market;
    Publication episode;

    /** A published episode in English of two chapters, the first about a published observation. */
    @BeforeEach
    void episode() {
        market = fixtures.observation("zt-segment-market", org.socialprotection.map.observation.Kind.INCLUSION,
                178.4419, -18.1416, "FJI", org.socialprotection.map.observation.Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        Publication p = new Publication("zt-podcast-chapters", PublicationType.PODCAST, "Episode with chapters", "en");
        p.setUrl("https://example.org/zt-podcast-chapters");
        p.setDurationSeconds(120);
        p.setTranscript("Two parts.");
        p.getCountries().add("FJI");
        p.getSegments().add(new Segment(30, MARKET, market.getId(), null));
        p.getSegments().add(new Segment(75, COMMITTEES, null, null));
        p.setStatus(PublicationStatus.PUBLISHED);
        p.createdBy("test");
        episode = publications.saveAndFlush(p);
    }

    @Test
    void theTranslationPageAndTheReviewQueueOfferTheChaptersTitles() throws Exception {
        String page = translations();
        assertThat(page).contains("Chapter at 0:30: title").contains("Chapter at 1:15: title")
                .contains("name=\"segment.0\" id=\"fr-segment.0\"").contains("name=\"segment.1\" id=\"es-segment.1\"");
        save("fr", ALICE, "submit", Map.of("segment.0", MARKET_FR));
        String queue = mvc.perform(get("/workspace/review").with(EDNA)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(queue).contains("/workspace/publications/" + episode.getId() + "/translations");
        // a title longer than a chapter's may be is refused, as on the edit form
        save("es", ALICE, "save", Map.of("segment.0", "x".repeat(401))).andExpect(status().isBadRequest());
    }

    @Test
    void thePlayerPageGivesEachChapterInTheReadersLanguageOrTheOriginalMarked() throws Exception {
        save("fr", EDNA, "publish", Map.of("segment.0", MARKET_FR, "segment.1", COMMITTEES_FR));
        save("es", EDNA, "publish", Map.of("segment.0", MARKET_ES));

        String french = segments("/podcasts/" + episode.getId() + "?lang=fr");
        assertThat(french).contains("<span class=\"segment-title\">" + MARKET_FR + "</span>")
                .contains("<span class=\"segment-title\">" + COMMITTEES_FR + "</span>")
                .doesNotContain("translation-marker").doesNotContain(MARKET);
        // Spanish: the first chapter in Spanish, the second in English with its lang and the marker
        String spanish = segments("/podcasts/" + episode.getId() + "?lang=es");
        assertThat(spanish).contains("<span class=\"segment-title\">" + MARKET_ES + "</span>")
                .contains("<span class=\"segment-title\" lang=\"en\">" + COMMITTEES + "</span>")
                .contains("(en inglés)");
        String english = segments("/podcasts/" + episode.getId() + "?lang=en");
        assertThat(english).contains("<span class=\"segment-title\">" + MARKET + "</span>")
                .doesNotContain("translation-marker");

        mvc.perform(get("/api/publications/" + episode.getId() + "?lang=es"))
                .andExpect(jsonPath("$.segments[0].title").value(MARKET_ES))
                .andExpect(jsonPath("$.segments[0].titleLanguage").value("es"))
                .andExpect(jsonPath("$.segments[1].title").value(COMMITTEES))
                .andExpect(jsonPath("$.segments[1].titleLanguage").value("en"))
                .andExpect(jsonPath("$.texts.fr['segment.1']").value(COMMITTEES_FR))
                .andExpect(jsonPath("$.texts.en['segment.0']").value(MARKET));

        // the observation page's "listen from" link: the chapter and the episode as the reader can read them
        String observationFr = listen("/observations/" + market.getId() + "?lang=fr");
        assertThat(observationFr).contains("<span>" + MARKET_FR + "</span>")
                .contains("<span lang=\"en\">Episode with chapters</span>");
        String observationEs = listen("/observations/" + market.getId() + "?lang=es");
        assertThat(observationEs).contains("<span>" + MARKET_ES + "</span>");
        save("es", EDNA, "publish", Map.of("segment.0", ""));
        assertThat(listen("/observations/" + market.getId() + "?lang=es"))
                .contains("<span lang=\"en\">" + MARKET + "</span>").contains("(en inglés)");
    }

    @Test
    void anEditOfAChaptersTitleMarksItsTranslationOutOfDate() throws Exception {
        save("fr", EDNA, "publish", Map.of("segment.0", MARKET_FR, "segment.1", COMMITTEES_FR));
        assertThat(translations()).doesNotContainPattern(state("fr", "segment.0") + "\\s*<span class=\"translation-outdated\"");
        episode.getSegments().set(0, new Segment(30, MARKET + ", again", market.getId(), null));
        publications.saveAndFlush(episode);
        String after = translations();
        assertThat(after).containsPattern(state("fr", "segment.0") + "\\s*<span class=\"translation-outdated\"")
                .doesNotContainPattern(state("fr", "segment.1") + "\\s*<span class=\"translation-outdated\"");
        // readers keep the published translation until someone updates it
        assertThat(segments("/podcasts/" + episode.getId() + "?lang=fr")).contains(MARKET_FR);
    }

    /** The export gives each language's chapter titles in their own column; the import takes them back. */
    @Test
    void anExportedEpisodeGoesBackInWithItsChaptersAndTheirTranslations() throws Exception {
        // the import commits on its own, so the observation its chapter names must be committed for it to see
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Observation committed = own.execute(t -> fixtures.observation("zt-segment-committed",
                org.socialprotection.map.observation.Kind.INCLUSION, 178.4420, -18.1417, "FJI",
                org.socialprotection.map.observation.Privacy.EXACT, PublicationStatus.PUBLISHED));
        try {
            roundTrip(committed, own);
        } finally {
            own.executeWithoutResult(t -> fixtures.delete(committed));
        }
    }

    private void roundTrip(Observation linked, TransactionTemplate own) throws Exception {
        episode.getSegments().set(0, new Segment(30, MARKET, linked.getId(), null));
        publications.saveAndFlush(episode);
        save("fr", EDNA, "publish", Map.of("segment.1", COMMITTEES_FR));
        save("es", EDNA, "publish", Map.of("segment.0", MARKET_ES + "; primera parte"));
        MvcResult started = mvc.perform(get("/api/publications/export?type=podcast&country=FJI"))
                .andExpect(status().isOk()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)));
        String[] header = parsed.getHeaderNames().toArray(String[]::new);
        CSVRecord row = parsed.getRecords().stream().filter(r -> r.get("id").equals(String.valueOf(episode.getId())))
                .findFirst().orElseThrow();
        assertThat(row.get("segment_start")).isEqualTo("0:30; 1:15");
        assertThat(row.get("segment_title")).isEqualTo(MARKET + "; " + COMMITTEES);
        assertThat(row.get("segment_observation")).isEqualTo(linked.getId() + "; ");
        assertThat(row.get("segment_title_en")).isEqualTo(MARKET + "; " + COMMITTEES);
        assertThat(row.get("segment_title_fr")).isEqualTo("; " + COMMITTEES_FR);
        assertThat(row.get("segment_title_es")).isEqualTo(MARKET_ES + ";; primera parte; ");

        StringWriter file = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(file, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            printer.printRecord(row.values());
        }
        String body = mvc.perform(multipart("/api/imports/publications").file(new MockMultipartFile("file",
                        "publications.csv", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "false").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> created = JsonPath.read(body, "$.created");
        assertThat(created).as(body).hasSize(1);
        long imported = created.get(0).longValue();
        try {
            assertThat(jdbc.queryForList("SELECT position, start_seconds, title, observation_id FROM "
                    + "publication_segment WHERE publication_id = ? ORDER BY position", imported))
                    .extracting(r -> r.get("start_seconds") + " " + r.get("title") + " " + r.get("observation_id"))
                    .containsExactly("30 " + MARKET + " " + linked.getId(), "75 " + COMMITTEES + " null");
            assertThat(jdbc.queryForList("SELECT language, field, working_text FROM translation WHERE record_type = "
                    + "'publications' AND record_id = ? ORDER BY language, field", imported))
                    .extracting(r -> r.get("language") + "." + r.get("field") + "=" + r.get("working_text"))
                    .containsExactly("es.segment.0=" + MARKET_ES + "; primera parte", "fr.segment.1=" + COMMITTEES_FR);
        } finally {
            own.executeWithoutResult(t -> {
                jdbc.update("DELETE FROM translation WHERE record_type = 'publications' AND record_id = ?", imported);
                publications.deleteById(imported);
            });
        }
    }

    @Test
    void aChapterTitleColumnWithMoreEntriesThanChaptersIsAProblemOfItsRow() throws Exception {
        // (a single chapter takes its cells whole, a ";" and all, as files written before several chapters could be)
        String file = "type,title,language,url,duration,segment_start,segment_title,segment_title_fr\n"
                + "podcast,Episode with too many titles,en,https://example.org/zt-titles,120,0:10; 0:50,"
                + "Opening; Second part,Ouverture; Deuxième partie; Troisième partie\n"
                + "brief,Brief with a chapter title,en,https://example.org/zt-brief-chapter,,,,Un chapitre\n";
        mvc.perform(multipart("/api/imports/publications").file(new MockMultipartFile("file", "p.csv", "text/csv",
                        file.getBytes(StandardCharsets.UTF_8))).param("dryRun", "true").with(ALICE))
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].column",
                        org.hamcrest.Matchers.hasItem("segment_title_fr")))
                .andExpect(jsonPath("$.problems[?(@.row == 2)].reason",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("3 entries, but segment_start gives 2 items"))))
                .andExpect(jsonPath("$.problems[?(@.row == 3)].column",
                        org.hamcrest.Matchers.hasItem("segment_title_fr")));
    }

    private ResultActions save(String lang, RequestPostProcessor who, String action, Map<String, String> texts)
            throws Exception {
        var request = post("/workspace/publications/" + episode.getId() + "/translations/" + lang)
                .with(who).with(csrf()).param("action", action);
        texts.forEach((field, text) -> request.param(field, text));
        return mvc.perform(request);
    }

    private String translations() throws Exception {
        return mvc.perform(get("/workspace/publications/" + episode.getId() + "/translations").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String state(String lang, String field) {
        return "id=\"" + lang + "-" + field.replace(".", "\\.") + "-state\">";
    }

    /** The player page's list of chapters. */
    private String segments(String url) throws Exception {
        String page = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = page.indexOf("<section id=\"segments\">");
        assertThat(start).as(page).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** The observation page's "listen from" links. */
    private String listen(String url) throws Exception {
        String page = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = page.indexOf("<section id=\"listen\">");
        assertThat(start).as(page).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
