package org.socialprotection.map.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
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
 * Briefs and podcasts in English, French and Spanish: a title and summary translated and published on their own
 * reach readers of that language on the page, the lists and the API; the others get the original, marked with its
 * language. A podcast's transcript the same, with links to each language it exists in; search, export and import
 * know its translations. A French or Spanish brief's title is French or Spanish. On both databases.
 */
@AtlasTest
@Transactional
abstract class PublicationTranslationTests extends FormTestSupport {

    static final String TITLE_FR = "Garde d’enfants dans les marchés : un guide";
    static final String SUMMARY_FR = "Ce que les commerçantes demandent aux municipalités.";

    @Autowired Fixtures fixtures;
    @Autowired Publications publications;
    @Autowired JdbcTemplate jdbc;

    Publication brief;

    @BeforeEach
    void brief() {
        brief = fixtures.brief("zt-brief-translated", PublicationStatus.PUBLISHED, List.of());
        brief.setSummary("What market traders ask of city councils.");
        brief.getCountries().add("GHA");
        brief = publications.saveAndFlush(brief);
    }

    @Test
    void aPublishedFrenchTitleReachesFrenchReadersInThePageTheListsAndTheApi() throws Exception {
        save("fr", ALICE, "submit", TITLE_FR, SUMMARY_FR)
                .andExpect(flash().attribute("message", "translation.done.submit"));
        mvc.perform(get("/api/publications/" + brief.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.title").value("Fixture brief zt-brief-translated"))
                .andExpect(jsonPath("$.titleLanguage").value("en"));
        save("fr", EDNA, "publish", TITLE_FR, SUMMARY_FR)
                .andExpect(flash().attribute("message", "translation.done.publish"));

        mvc.perform(get("/api/publications/" + brief.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.title").value(TITLE_FR))
                .andExpect(jsonPath("$.summary").value(SUMMARY_FR))
                .andExpect(jsonPath("$.titleLanguage").value("fr"))
                .andExpect(jsonPath("$.summaryLanguage").value("fr"))
                .andExpect(jsonPath("$.originalLanguage").value("en"))
                .andExpect(jsonPath("$.languages", contains("en", "fr")))
                .andExpect(jsonPath("$.texts.en.title").value("Fixture brief zt-brief-translated"));
        mvc.perform(get("/api/publications?type=brief&limit=1000&lang=fr"))
                .andExpect(jsonPath("$.items[?(@.id == " + brief.getId() + ")].title", contains(TITLE_FR)));
        mvc.perform(get("/api/publications/" + brief.getId() + "?lang=es"))
                .andExpect(jsonPath("$.title").value("Fixture brief zt-brief-translated"))
                .andExpect(jsonPath("$.titleLanguage").value("en"));

        mvc.perform(get("/briefs/" + brief.getId() + "?lang=fr"))
                .andExpect(content().string(containsString("<h1>Garde d’enfants dans les marchés : un guide</h1>")))
                .andExpect(content().string(not(containsString("Pas disponible en"))));
        mvc.perform(get("/briefs/" + brief.getId() + "?lang=es"))
                .andExpect(content().string(containsString("<h1 lang=\"en\">Fixture brief zt-brief-translated</h1>")))
                .andExpect(content().string(containsString("No disponible en español; se muestra en inglés.")));
        // the briefs list and the country page follow the same rule
        mvc.perform(get("/briefs?lang=fr"))
                .andExpect(content().string(containsString(">Garde d’enfants dans les marchés : un guide</a>")))
                .andExpect(content().string(containsString(SUMMARY_FR)));
        mvc.perform(get("/briefs?lang=es"))
                .andExpect(content().string(containsString(" lang=\"en\">Fixture brief zt-brief-translated</a>")))
                .andExpect(content().string(containsString("(en inglés)")))
                .andExpect(content().string(not(containsString(TITLE_FR))));
        mvc.perform(get("/countries/GHA?lang=fr"))
                .andExpect(content().string(containsString(">Garde d’enfants dans les marchés : un guide</a>")));

        // search finds it by its French words and gives French readers the French title; English readers the English
        String url = "/briefs/" + brief.getId();
        mvc.perform(get("/api/search?q=demandent&lang=fr&limit=100"))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].title", contains(TITLE_FR)))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].lang", contains("fr")));
        mvc.perform(get("/api/search?q=traders+councils&lang=en&limit=100"))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].title",
                        contains("Fixture brief zt-brief-translated")))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].lang", contains("en")));

        Publication after = publications.findById(brief.getId()).orElseThrow();
        assertThat(after.getTitle()).isEqualTo("Fixture brief zt-brief-translated");
        assertThat(after.getVersion()).isEqualTo(brief.getVersion());
    }

    @Test
    void anEditOfTheTitleMarksItsTranslationOutOfDate() throws Exception {
        save("es", EDNA, "publish", "Cuidado infantil en los mercados", null);
        assertThat(translations()).doesNotContain("Out of date").contains("Missing");
        brief.setTitle("Fixture brief zt-brief-translated, second edition");
        publications.saveAndFlush(brief);
        assertThat(translations()).contains("Out of date: the original has changed since");
        mvc.perform(get("/api/publications/" + brief.getId() + "?lang=es"))
                .andExpect(jsonPath("$.title").value("Cuidado infantil en los mercados"));
    }

    @Test
    void aFrenchBriefsTitleIsFrenchUnlessTheFormSaysOtherwise() throws Exception {
        long french = create("publications", ALICE, """
                {"type": "brief", "title": "Les marchés et la garde d’enfants", "language": "fr",
                 "url": "https://example.org/marches"}""");
        assertThat(publications.findById(french).orElseThrow().getOriginalLanguage()).isEqualTo(Language.FR);
        long portuguese = create("publications", ALICE, """
                {"type": "brief", "title": "Child care in markets (Portuguese edition)", "language": "pt",
                 "url": "https://example.org/mercados"}""");
        assertThat(publications.findById(portuguese).orElseThrow().getOriginalLanguage()).isEqualTo(Language.EN);
        // its title is still marked as Portuguese for screen readers, in every reader's language
        submitAndPublish("publications", portuguese);
        for (String lang : new String[] {"en", "fr"}) {
            assertThat(mvc.perform(get("/briefs/" + portuguese + "?lang=" + lang)).andReturn().getResponse()
                    .getContentAsString()).contains("<h1 lang=\"pt\">Child care in markets (Portuguese edition)</h1>");
        }
        long stated = create("publications", ALICE, """
                {"type": "brief", "title": "Guía del cuidado infantil", "language": "pt", "originalLanguage": "es",
                 "url": "https://example.org/guia"}""");
        assertThat(publications.findById(stated).orElseThrow().getOriginalLanguage()).isEqualTo(Language.ES);
        // made without a form (the demo atlas's loader), a Spanish brief's texts are Spanish too
        assertThat(new Publication("zt-es", PublicationType.BRIEF, "Guía", "es").getOriginalLanguage())
                .isEqualTo(Language.ES);
        mvc.perform(post("/api/publications").with(ALICE).contentType("application/json").content("""
                        {"type": "brief", "title": "T", "language": "en", "originalLanguage": "pt",
                         "url": "https://example.org/t"}"""))
                .andExpect(status().is4xxClientError());
        // the form offers the choice, and a stored record's page links its translations
        assertThat(mvc.perform(get("/workspace/publications/" + french + "/edit").with(ALICE)).andReturn()
                .getResponse().getContentAsString())
                .containsPattern("value=\"fr\" id=\"originalLanguage\\d\" name=\"originalLanguage\" checked")
                .contains("/workspace/publications/" + french + "/translations");
    }

    static final String TRANSCRIPT = "Ana sings lullabies while she sells tomatoes at the market.";
    static final String TRANSCRIPT_FR = "Ana chante des berceuses pendant qu’elle vend des tomates au marché.";
    static final String TRANSCRIPT_ES = "Ana canta arrullos mientras vende tomates en el mercado.";

    @Autowired PlatformTransactionManager transactionManager;

    /** A published episode with a transcript, in English. */
    private Publication podcast() {
        Publication p = new Publication("zt-podcast-transcripts", PublicationType.PODCAST,
                "Episode with a translated transcript", "en");
        p.setUrl("https://example.org/zt-podcast-transcripts");
        p.setDurationSeconds(60);
        p.setTranscript(TRANSCRIPT);
        p.getCountries().add("GHA");
        p.setStatus(PublicationStatus.PUBLISHED);
        p.createdBy("test");
        return publications.saveAndFlush(p);
    }

    private ResultActions saveTranscript(long id, String lang, RequestPostProcessor who, String action,
                                         String transcript) throws Exception {
        return mvc.perform(post("/workspace/publications/" + id + "/translations/" + lang).with(who).with(csrf())
                .param("transcript", transcript).param("action", action));
    }

    /** The page's transcript section: the title above it may carry a marker of its own. */
    private String transcriptSection(String url) throws Exception {
        String page = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<section id=\"transcript\">");
        return page.substring(page.indexOf("<section id=\"transcript\">"));
    }

    @Test
    void aPodcastsTranscriptComesInEachLanguageItIsPublishedInAndTheOriginalOtherwiseMarked() throws Exception {
        Publication episode = podcast();
        long id = episode.getId();
        saveTranscript(id, "es", EDNA, "publish", TRANSCRIPT_ES)
                .andExpect(flash().attribute("message", "translation.done.publish"));
        saveTranscript(id, "fr", ALICE, "submit", TRANSCRIPT_FR);

        // a French reader: the French one waits for review, so the original, marked, with a link to the Spanish one
        String french = transcriptSection("/podcasts/" + id + "?lang=fr");
        assertThat(french).contains("<div class=\"transcript\" lang=\"en\">" + TRANSCRIPT + "</div>")
                .contains("Pas disponible en français\u00a0; affiché en anglais.")
                .contains("href=\"/podcasts/" + id + "?transcript=es#transcript\" hreflang=\"es\">espagnol</a>")
                .doesNotContain(TRANSCRIPT_FR);
        // the link gives the Spanish one, as asked, without the marker
        String spanishForFrench = transcriptSection("/podcasts/" + id + "?lang=fr&transcript=es");
        assertThat(spanishForFrench).contains("<div class=\"transcript\" lang=\"es\">" + TRANSCRIPT_ES + "</div>")
                .contains("href=\"/podcasts/" + id + "?transcript=en#transcript\" hreflang=\"en\">anglais</a>")
                .doesNotContain("affiché en").doesNotContain(TRANSCRIPT);
        // a Spanish reader gets it first; a language asked for that it lacks falls back, marked
        assertThat(transcriptSection("/podcasts/" + id + "?lang=es"))
                .contains("<div class=\"transcript\" lang=\"es\">" + TRANSCRIPT_ES + "</div>")
                .contains("Transcripción en").doesNotContain("No disponible en");
        assertThat(transcriptSection("/podcasts/" + id + "?lang=en&transcript=fr"))
                .contains("<div class=\"transcript\" lang=\"en\">" + TRANSCRIPT + "</div>")
                .contains("Not available in French; shown in English.");
        mvc.perform(get("/podcasts/" + id + "?transcript=de")).andExpect(status().isBadRequest());

        mvc.perform(get("/api/publications/" + id + "?lang=fr"))
                .andExpect(jsonPath("$.transcript").value(TRANSCRIPT))
                .andExpect(jsonPath("$.transcriptLanguage").value("en"))
                .andExpect(jsonPath("$.languages", contains("en", "es")))
                .andExpect(jsonPath("$.texts.es.transcript").value(TRANSCRIPT_ES))
                .andExpect(jsonPath("$.texts.fr").doesNotExist());
        mvc.perform(get("/api/publications/" + id + "?lang=es"))
                .andExpect(jsonPath("$.transcript").value(TRANSCRIPT_ES))
                .andExpect(jsonPath("$.transcriptLanguage").value("es"));

        // search finds the episode by a word of its Spanish transcript; a French one only once it is published
        String url = "/podcasts/" + id;
        mvc.perform(get("/api/search?q=arrullos&lang=es&limit=100"))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].snippet", contains(containsString("arrullos"))));
        mvc.perform(get("/api/search?q=berceuses&lang=fr&limit=100"))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')]").isEmpty());
        saveTranscript(id, "fr", EDNA, "publish", TRANSCRIPT_FR);
        mvc.perform(get("/api/search?q=berceuses&lang=fr&limit=100"))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].snippet", contains(containsString("berceuses"))));
        assertThat(transcriptSection("/podcasts/" + id + "?lang=fr"))
                .contains("<div class=\"transcript\" lang=\"fr\">" + TRANSCRIPT_FR + "</div>")
                .doesNotContain("affiché en");
    }

    @Test
    void anEditOfTheTranscriptMarksItsTranslationOutOfDateAndABriefHasNoneToTranslate() throws Exception {
        Publication episode = podcast();
        long id = episode.getId();
        // as long as its original may be, longer than any other translated text
        String longTranscript = "Ana chante. ".repeat(16_666);
        saveTranscript(id, "fr", EDNA, "publish", longTranscript).andExpect(status().is3xxRedirection());
        saveTranscript(id, "es", EDNA, "publish", "x".repeat(200_001)).andExpect(status().isBadRequest());
        String before = mvc.perform(get("/workspace/publications/" + id + "/translations").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("name=\"transcript\" id=\"fr-transcript\"")
                .doesNotContainPattern("id=\"fr-transcript-state\">\\s*<span class=\"translation-outdated\"");

        episode.setTranscript(TRANSCRIPT + " She has two children.");
        publications.saveAndFlush(episode);
        String after = mvc.perform(get("/workspace/publications/" + id + "/translations").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).containsPattern("id=\"fr-transcript-state\">\\s*<span class=\"translation-outdated\"");
        // readers keep the published translation until someone updates it
        assertThat(transcriptSection("/podcasts/" + id + "?lang=fr"))
                .contains("lang=\"fr\">" + longTranscript.strip() + "</div>");

        assertThat(translations()).doesNotContain("id=\"fr-transcript\"");
    }

    /** The export gives each language's transcript in its own column; the import takes the file back as it was. */
    @Test
    void anExportedPodcastWithItsTranscriptsGoesBackInThroughTheImport() throws Exception {
        long id = podcast().getId();
        saveTranscript(id, "fr", EDNA, "publish", TRANSCRIPT_FR);
        saveTranscript(id, "es", EDNA, "publish", TRANSCRIPT_ES);
        MvcResult started = mvc.perform(get("/api/publications/export?type=podcast&country=GHA"))
                .andExpect(status().isOk()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains(",transcript,").contains("transcript_en,transcript_fr,transcript_es");
        String row = lines.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        assertThat(row).contains(TRANSCRIPT_FR).contains(TRANSCRIPT_ES);

        // the import commits on its own: what it made is removed on its own too
        String file = lines.get(0) + "\n" + row + "\n";
        String body = mvc.perform(multipart("/api/imports/publications").file(new MockMultipartFile("file",
                        "publications.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "false").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> created = JsonPath.read(body, "$.created");
        assertThat(created).as(body).hasSize(1);
        long imported = created.get(0).longValue();
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            Map<String, Object> copy = jdbc.queryForMap("SELECT publication_type, transcript, original_language "
                    + "FROM publication WHERE id = ?", imported);
            assertThat(copy.get("transcript")).isEqualTo(TRANSCRIPT);
            assertThat(copy.get("publication_type")).isEqualTo("PODCAST");
            assertThat(jdbc.queryForList("SELECT language, working_text FROM translation WHERE record_type = "
                    + "'publications' AND record_id = ? AND field = 'transcript' ORDER BY language", imported))
                    .extracting(r -> r.get("language") + "=" + r.get("working_text"))
                    .containsExactly("es=" + TRANSCRIPT_ES, "fr=" + TRANSCRIPT_FR);
        } finally {
            own.executeWithoutResult(t -> {
                jdbc.update("DELETE FROM translation WHERE record_type = 'publications' AND record_id = ?", imported);
                publications.deleteById(imported);
            });
        }
    }

    @Test
    void aBriefsRowWithATranslatedTranscriptIsRefusedAsOneWithATranscript() throws Exception {
        String file = "type,title,language,url,transcript_fr\n"
                + "brief,Brief with a transcript,en,https://example.org/zt-brief-transcript,Une transcription.\n";
        mvc.perform(multipart("/api/imports/publications").file(new MockMultipartFile("file", "briefs.csv",
                        "text/csv", file.getBytes(StandardCharsets.UTF_8))).param("dryRun", "true").with(ALICE))
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.problems[*].reason", hasItem(containsString("only a podcast episode"))));
    }

    private ResultActions save(String lang, RequestPostProcessor who, String action, String title, String summary)
            throws Exception {
        var request = post("/workspace/publications/" + brief.getId() + "/translations/" + lang)
                .with(who).with(csrf()).param("title", title).param("action", action);
        if (summary != null) {
            request.param("summary", summary);
        }
        return mvc.perform(request);
    }

    private String translations() throws Exception {
        return mvc.perform(get("/workspace/publications/" + brief.getId() + "/translations").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
