package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations in English, French and Spanish: what readers get in each language (a published translation, or the
 * original marked as such), how researchers and editors write and publish translations, and the exports and search
 * that follow the same rule. On both databases.
 */
@AtlasTest
@Transactional
abstract class ObservationTranslationTests {

    static final RequestPostProcessor ALICE = user("alice").roles("RESEARCHER");
    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;

    long guidelines;
    long kayayei;

    @BeforeEach
    void demo() {
        guidelines = observations.findBySlug("accra-market-childcare-guidelines").orElseThrow().getId();
        kayayei = observations.findBySlug("accra-kayayei-nhis-premium-barrier").orElseThrow().getId();
    }

    @Test
    void readersGetTheirLanguageWhereATranslationIsPublishedAndTheOriginalSaysSoElsewhere() throws Exception {
        mvc.perform(get("/api/observations/" + guidelines + "?lang=fr"))
                .andExpect(jsonPath("$.properties.title")
                        .value("Des lignes directrices pour la garde d’enfants dans les marchés d’Accra"))
                .andExpect(jsonPath("$.properties.titleLanguage").value("fr"))
                .andExpect(jsonPath("$.properties.placeName").value("Accra (marchés)"))
                .andExpect(jsonPath("$.properties.originalLanguage").value("en"))
                .andExpect(jsonPath("$.properties.languages", contains("en", "fr", "es")))
                .andExpect(jsonPath("$.properties.texts.en.title").value("Child-care guidelines for Accra's markets"));
        mvc.perform(get("/api/observations/" + guidelines + "?lang=es"))
                .andExpect(jsonPath("$.properties.title").value("Directrices de cuidado infantil para los mercados de Accra"))
                .andExpect(jsonPath("$.properties.narrativeLanguage").value("es"));
        // a record without translations: the original, in English, and only English listed
        mvc.perform(get("/api/observations/" + kayayei + "?lang=es"))
                .andExpect(jsonPath("$.properties.title", containsString("kayayei")))
                .andExpect(jsonPath("$.properties.titleLanguage").value("en"))
                .andExpect(jsonPath("$.properties.languages", contains("en")));
    }

    @Test
    void theMapsListCarriesEachRecordsLanguagesWithoutTheOtherTexts() throws Exception {
        String body = mvc.perform(get("/api/observations?country=GHA&limit=100&lang=es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.features[?(@.id == " + guidelines + ")].properties.title"))
                .containsExactly("Directrices de cuidado infantil para los mercados de Accra");
        assertThat(JsonPath.<List<String>>read(body, "$.features[?(@.id == " + kayayei
                + ")].properties.titleLanguage")).containsExactly("en");
        assertThat(body).doesNotContain("\"texts\"");
    }

    @Test
    void theObservationPageMarksTheOriginalWithItsLanguageInTheReadersWords() throws Exception {
        mvc.perform(get("/observations/" + kayayei + "?lang=fr"))
                .andExpect(content().string(containsString("<h1 lang=\"en\">")))
                .andExpect(content().string(containsString("Pas disponible en français\u00a0; affiché en anglais.")));
        mvc.perform(get("/observations/" + kayayei + "?lang=es"))
                .andExpect(content().string(containsString("No disponible en español; se muestra en inglés.")));
        mvc.perform(get("/observations/" + guidelines + "?lang=fr"))
                .andExpect(content().string(containsString(
                        "<h1>Des lignes directrices pour la garde d’enfants dans les marchés d’Accra</h1>")))
                .andExpect(content().string(not(containsString("class=\"translation-note\""))));
        // in English nothing is marked
        mvc.perform(get("/observations/" + kayayei + "?lang=en"))
                .andExpect(content().string(not(containsString("Not available in"))))
                .andExpect(content().string(not(containsString("<h1 lang="))));
    }

    /** Its briefs and podcasts: a title translated into the reader's language is shown so, the others marked. */
    @Test
    void theBriefsAndPodcastsOfAnObservationAreInTheReadersLanguageOrMarked() throws Exception {
        String page = mvc.perform(get("/observations/" + guidelines + "?lang=fr")).andReturn().getResponse()
                .getContentAsString();
        int from = page.indexOf("Notes et podcasts à ce sujet");
        assertThat(from).isPositive();
        String section = page.substring(from, page.indexOf("</section>", from));
        // the demo episode has a French title; the two briefs are English only
        assertThat(section).contains("Épisode de démonstration (voix de synthèse)");
        assertThat(section).contains("lang=\"en\">Child Care in Markets</a>");
        assertThat(section.split("class=\"translation-marker\"", -1)).hasSize(3);
        assertThat(section).contains("(en anglais)");
        mvc.perform(get("/api/observations/" + guidelines + "?lang=es"))
                .andExpect(jsonPath("$.properties.publications[?(@.type == 'podcast')].titleLanguage").value("es"))
                .andExpect(jsonPath("$.properties.publications[?(@.title == 'Child Care in Markets')].titleLanguage")
                        .value("en"));
        String english = mvc.perform(get("/observations/" + guidelines + "?lang=en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).doesNotContain("class=\"translation-marker\"");
    }

    @Test
    void countryPageAndOgcApiItemsFollowTheSameRule() throws Exception {
        mvc.perform(get("/countries/GHA?lang=fr"))
                .andExpect(content().string(containsString("Des lignes directrices pour la garde d’enfants")))
                .andExpect(content().string(containsString("class=\"translation-marker\"")))
                .andExpect(content().string(containsString("(en anglais)")));
        mvc.perform(get("/ogcapi/collections/observations/items/" + guidelines + "?f=json&lang=es"))
                .andExpect(jsonPath("$.properties.title").value("Directrices de cuidado infantil para los mercados de Accra"))
                .andExpect(jsonPath("$.properties.languages").value("en, fr, es"));
        mvc.perform(get("/ogcapi/collections/observations/items/" + kayayei + "?f=html&lang=es"))
                .andExpect(content().string(containsString("No disponible en español; se muestra en inglés.")));
    }

    @Test
    void aTranslationIsReviewedAndPublishedOnItsOwnWithoutTouchingTheOriginal() throws Exception {
        Observation o = fixtures.observation("zt-translated", Kind.INCLUSION, -0.2057, 5.5513, "GHA",
                Privacy.EXACT, PublicationStatus.PUBLISHED);
        long version = o.getVersion();
        save(o.getId(), "fr", ALICE, "submit", "Crèche au marché <script>alert(1)</script>")
                .andExpect(flash().attribute("message", "translation.done.submit"));
        // in review: readers still get the original, marked
        mvc.perform(get("/api/observations/" + o.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.properties.title").value("Fixture zt-translated"))
                .andExpect(jsonPath("$.properties.titleLanguage").value("en"));
        mvc.perform(get("/workspace/review").with(EDNA))
                .andExpect(content().string(containsString("French translation")))
                .andExpect(content().string(containsString("/workspace/observations/" + o.getId() + "/translations")));
        mvc.perform(get("/workspace/observations/" + o.getId() + "/translations").with(ALICE))
                .andExpect(content().string(containsString("Crèche au marché &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("In review")))
                .andExpect(content().string(not(containsString("value=\"publish\""))));
        // a researcher cannot publish it
        save(o.getId(), "fr", ALICE, "publish", "Crèche au marché").andExpect(status().isForbidden());
        save(o.getId(), "fr", EDNA, "publish", "Crèche au marché <script>alert(1)</script>")
                .andExpect(flash().attribute("message", "translation.done.publish"));
        mvc.perform(get("/api/observations/" + o.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.properties.title").value("Crèche au marché <script>alert(1)</script>"))
                .andExpect(jsonPath("$.properties.titleLanguage").value("fr"))
                .andExpect(jsonPath("$.properties.languages", contains("en", "fr")));
        mvc.perform(get("/observations/" + o.getId() + "?lang=fr"))
                .andExpect(content().string(containsString("Crèche au marché &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        // Spanish readers still get the original
        mvc.perform(get("/api/observations/" + o.getId() + "?lang=es"))
                .andExpect(jsonPath("$.properties.titleLanguage").value("en"));
        Observation after = observations.findById(o.getId()).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(version);
        assertThat(after.getTitle()).isEqualTo("Fixture zt-translated");
        assertThat(after.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        mvc.perform(get("/workspace/review").with(EDNA))
                .andExpect(content().string(not(containsString("/workspace/observations/" + o.getId() + "/translations"))));
    }

    @Test
    void anEditOfTheOriginalMarksItsTranslationsOutOfDateAndAnEditedTranslationKeepsThePublishedOne()
            throws Exception {
        Observation o = fixtures.observation("zt-outdated", Kind.INCLUSION, -0.2057, 5.5513, "GHA",
                Privacy.EXACT, PublicationStatus.PUBLISHED);
        save(o.getId(), "es", EDNA, "publish", "Guardería en el mercado");
        String page = translations(o.getId());
        assertThat(page).doesNotContain("Out of date").contains("Missing");
        o.setTitle("Fixture zt-outdated, renamed");
        observations.saveAndFlush(o);
        assertThat(translations(o.getId())).contains("Out of date: the original has changed since");
        // the reader still gets the published translation until a new one is published
        save(o.getId(), "es", ALICE, "save", "Guardería del mercado, renombrada");
        mvc.perform(get("/api/observations/" + o.getId() + "?lang=es"))
                .andExpect(jsonPath("$.properties.title").value("Guardería en el mercado"));
        assertThat(translations(o.getId())).doesNotContain("Out of date")
                .contains("Readers see the published version until this one is published.");
    }

    @Test
    void theOriginalsLanguageIsChosenInTheFormAndTheFallbackNamesIt() throws Exception {
        Observation o = fixtures.observation("zt-french", Kind.INCLUSION, -0.2057, 5.5513, "GHA",
                Privacy.EXACT, PublicationStatus.PUBLISHED);
        o.setOriginalLanguage(org.socialprotection.map.atlas.Language.FR);
        observations.saveAndFlush(o);
        mvc.perform(get("/observations/" + o.getId() + "?lang=en"))
                .andExpect(content().string(containsString("<h1 lang=\"fr\">")))
                .andExpect(content().string(containsString("Not available in English; shown in French.")));
        assertThat(mvc.perform(get("/workspace/observations/" + o.getId() + "/edit").with(EDNA)).andReturn()
                .getResponse().getContentAsString())
                .containsPattern("value=\"fr\" id=\"originalLanguage\\d\" name=\"originalLanguage\" checked")
                .contains("/workspace/observations/" + o.getId() + "/translations");
        // French is the original: it is edited in the record's form, not as a translation
        save(o.getId(), "fr", EDNA, "save", "Autre titre").andExpect(status().isBadRequest());
        save(o.getId(), "xx", EDNA, "save", "Autre titre").andExpect(status().isBadRequest());
    }

    @Test
    void theCsvExportHasTheOriginalAndAColumnPerLanguage() throws Exception {
        MvcResult started = mvc.perform(get("/api/observations/export?format=csv&country=GHA&lang=fr"))
                .andExpect(status().isOk()).andReturn();
        String text = new String(mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("original_language", "title_en", "title_fr",
                "title_es", "narrative_fr", "narrative_es", "place_name_fr", "place_name_es");
        CSVRecord row = rows.stream().filter(r -> r.get("id").equals(String.valueOf(guidelines))).findFirst()
                .orElseThrow();
        assertThat(row.get("title")).isEqualTo("Child-care guidelines for Accra's markets");
        assertThat(row.get("original_language")).isEqualTo("en");
        assertThat(row.get("title_fr")).isEqualTo("Des lignes directrices pour la garde d’enfants dans les marchés d’Accra");
        assertThat(row.get("place_name_es")).isEqualTo("Accra (mercados)");
        CSVRecord untranslated = rows.stream().filter(r -> r.get("id").equals(String.valueOf(kayayei))).findFirst()
                .orElseThrow();
        assertThat(untranslated.get("title_fr")).isEmpty();
        assertThat(untranslated.get("title_en")).isEqualTo(untranslated.get("title"));
    }

    @Test
    void searchFindsARecordByItsWordsInEachLanguageAndShowsTheReadersTitle() throws Exception {
        String url = "/observations/" + guidelines;
        // French words, by a French reader
        mvc.perform(get("/api/search?q=lignes+directrices+garde&lang=fr&limit=100"))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].title",
                        contains("Des lignes directrices pour la garde d’enfants dans les marchés d’Accra")))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].lang", contains("fr")));
        // Spanish words, by a Spanish reader, and by an English one who gets the English title
        mvc.perform(get("/api/search?q=directrices+cuidado+infantil&lang=es&limit=100"))
                .andExpect(jsonPath("$.items[*].url", hasItem(url)));
        mvc.perform(get("/api/search?q=directrices+cuidado+infantil&lang=en&limit=100"))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].title",
                        contains("Child-care guidelines for Accra's markets")))
                .andExpect(jsonPath("$.items[?(@.url == '" + url + "')].lang", contains("en")));
        // a record without a translation is found in French by its English words, and marked
        mvc.perform(get("/search?q=kayayei&lang=fr"))
                .andExpect(content().string(containsString("(en anglais)")));
    }

    private org.springframework.test.web.servlet.ResultActions save(long id, String lang, RequestPostProcessor who,
                                                                     String action, String title) throws Exception {
        MockHttpServletRequestBuilder request = post("/workspace/observations/" + id + "/translations/" + lang)
                .with(who).with(csrf()).param("title", title).param("action", action);
        return mvc.perform(request);
    }

    private String translations(long id) throws Exception {
        return mvc.perform(get("/workspace/observations/" + id + "/translations").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
