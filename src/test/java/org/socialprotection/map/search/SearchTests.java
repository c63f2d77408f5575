package org.socialprotection.map.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.scheme.Branch;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Search over the demo atlas, in English and in French, on both databases. */
@AtlasTest
abstract class SearchTests {

    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transactions;
    @Autowired Fixtures fixtures;
    @Autowired Schemes schemes;
    @Autowired TranslationDesk desk;
    @Autowired JdbcTemplate jdbc;

    @Test
    void findsObservationsByAWordOfTheirStory() throws Exception {
        mvc.perform(get("/api/search?q=kayayei"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].type").value("observation"))
                .andExpect(jsonPath("$.items[0].title", containsString("kayayei")))
                .andExpect(jsonPath("$.items[0].url", containsString("/observations/")))
                .andExpect(jsonPath("$.items[0].snippet", containsString("kayayei")));
    }

    @Test
    void findsWordsInTheirOtherFormsInEnglishAndFrench() throws Exception {
        // "pensions" finds schemes that speak of a pension
        mvc.perform(get("/api/search?q=pensions&lang=en"))
                .andExpect(jsonPath("$.items[*].type", hasItem("scheme")))
                .andExpect(jsonPath("$.items[*].title", hasItem(containsString("Pension"))));
        // the French name of Ghana's NHIS, shown as the result's title to a French reader
        mvc.perform(get("/api/search?q=assurance+maladie&lang=fr"))
                .andExpect(jsonPath("$.items[*].url", hasItem(containsString("/schemes/"))))
                .andExpect(jsonPath("$.items[*].title", hasItem("Régime national d'assurance maladie")));
    }

    @Test
    void briefsAndPodcastsAreFoundAndLinkedToTheirPage() throws Exception {
        mvc.perform(get("/api/search?q=child+care&limit=50"))
                .andExpect(jsonPath("$.items[?(@.type == 'publication')].url",
                        hasItem(containsString("/podcasts/"))))
                .andExpect(jsonPath("$.items[?(@.type == 'publication')].url",
                        hasItem(containsString("/briefs/"))));
    }

    /** An episode's chapter titles are part of it: the original's and their published translations. */
    @Test
    void anEpisodeIsFoundByAWordOfAChapterTitleInAnyLanguage() throws Exception {
        long episode = jdbc.queryForObject("SELECT MIN(id) FROM publication WHERE publication_type = 'PODCAST' "
                + "AND status = 'PUBLISHED'", Long.class);
        int position = jdbc.queryForObject("SELECT COALESCE(MAX(position), -1) + 1 FROM publication_segment "
                + "WHERE publication_id = ?", Integer.class, episode);
        String url = "/podcasts/" + episode;
        try {
            jdbc.update("INSERT INTO publication_segment (publication_id, position, start_seconds, title) "
                    + "VALUES (?, ?, 5000, 'Quokkas at the wholesale market')", episode, position);
            jdbc.update("INSERT INTO translation (record_type, record_id, field, language, working_text, "
                    + "published_text, status, version) VALUES ('publications', ?, ?, 'fr', NULL, "
                    + "'Les ornithorynques du marché de gros', 'PUBLISHED', 0)", episode, "segment." + position);
            jdbc.update("INSERT INTO translation (record_type, record_id, field, language, working_text, "
                    + "published_text, status, version) VALUES ('publications', ?, ?, 'es', "
                    + "'Los tapires del mercado', NULL, 'DRAFT', 0)", episode, "segment." + position);

            mvc.perform(get("/api/search?q=quokkas&lang=en"))
                    .andExpect(jsonPath("$.items[*].url", hasItem(url)));
            mvc.perform(get("/api/search?q=ornithorynques&lang=fr"))
                    .andExpect(jsonPath("$.items[*].url", hasItem(url)));
            // a draft translation is not searched
            mvc.perform(get("/api/search?q=tapires&lang=es"))
                    .andExpect(jsonPath("$.items[*].url", not(hasItem(url))));
        } finally {
            jdbc.update("DELETE FROM translation WHERE record_type = 'publications' AND record_id = ? AND field = ?",
                    episode, "segment." + position);
            jdbc.update("DELETE FROM publication_segment WHERE publication_id = ? AND position = ?", episode,
                    position);
        }
    }

    @Test
    void draftsAreNotFoundAndMistakesAre400s() throws Exception {
        mvc.perform(get("/api/search?q=zzzzqqq")).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/search?q=a")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("q"));
        mvc.perform(get("/api/search")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search?q=market&limit=500")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }

    @Test
    void theSearchPageListsResultsWithSnippets() throws Exception {
        mvc.perform(get("/search?q=Warwick+Junction"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"snippet\"")))
                .andExpect(content().string(containsString("Warwick")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/search")).andExpect(status().isOk());
    }

    @Test
    void theSearchPageSaysWhatIsWrongInTheReadersLanguage() throws Exception {
        mvc.perform(get("/search").param("q", "x").param("lang", "es"))
                .andExpect(content().string(containsString("Escriba de 2 a 200 caracteres para buscar.")))
                .andExpect(content().string(not(containsString("characters to search for"))));
        mvc.perform(get("/search").param("q", "x").param("lang", "fr"))
                .andExpect(content().string(containsString("Donnez de 2 à 200 caractères à rechercher.")));
    }

    private List<String> urls(String q) throws Exception {
        String json = mvc.perform(get("/api/search").param("q", q).param("limit", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.items[*].url");
    }

    @Test
    void aCompoundWrittenAsOneOrTwoWordsFindsTheSame() throws Exception {
        List<String> joined = urls("childcare");
        assertThat(joined).hasSizeGreaterThan(4);
        assertThat(urls("child care")).containsExactlyInAnyOrderElementsOf(joined);
        assertThat(urls("child-care")).containsExactlyInAnyOrderElementsOf(joined);
        assertThat(urls("Childcare centres")).isSubsetOf(joined).isNotEmpty();
    }

    @Test
    void theWordsFoundAreMarkedAndEscaped() throws Exception {
        String page = mvc.perform(get("/search").param("q", "kayayei <script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<mark>kayayei</mark>").doesNotContain("<script>");
        mvc.perform(get("/api/search?q=kayayei"))
                .andExpect(jsonPath("$.items[0].parts[?(@.match == true)].text", hasItem("kayayei")));
    }

    @Test
    void aSchemesSnippetIsNotItsNameInEveryLanguage() throws Exception {
        String json = mvc.perform(get("/api/search?q=health+insurance&limit=100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> snippets = JsonPath.read(json, "$.items[?(@.type == 'scheme')].snippet");
        assertThat(snippets).isNotEmpty().noneMatch(s -> s.contains("National Health Insurance Scheme")
                && s.contains("Régimen Nacional de Seguro de Salud"));
        String fr = mvc.perform(get("/api/search?q=NHIS&lang=fr")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(fr, "$.items[?(@.type == 'scheme')].title"))
                .contains("Régime national d'assurance maladie");
    }

    @Test
    void aSchemeIsFoundByAWordOfItsPublishedTranslationAndNotOfADraft() throws Exception {
        Scheme scheme = transactions.execute(t -> {
            Scheme s = fixtures.scheme("zt-search-translated", "GHA", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
            s.setDescription("An allowance paid to the owners of small hardware shops.");
            s.setNote("Not confirmed for ironmongers by the sources.");
            s.setCoverage(org.socialprotection.map.atlas.WorkerGroup.STREET_VENDORS,
                    org.socialprotection.map.scheme.CoverageStatus.EXCLUDED, "hawkers hold no shop licence");
            s.getReforms().add(new SchemeReform("2019", 2019, "Locksmiths were added.", null, null, "Act 2019",
                    null));
            return schemes.saveAndFlush(s);
        });
        long id = scheme.getId();
        try {
            transactions.executeWithoutResult(t -> desk.save("schemes", id, Language.FR, Map.of("description",
                    "Une allocation versée aux propriétaires de petites quincailleries.",
                    "reform.0", "Les serruriers ont été ajoutés."), true,
                    new Actor("alice", false)));
            transactions.executeWithoutResult(t -> desk.publish("schemes", id, Language.FR, new Actor("edna", true)));
            transactions.executeWithoutResult(t -> desk.save("schemes", id, Language.ES, Map.of("description",
                    "Una asignación para los dueños de pequeñas ferreterías."), false, new Actor("alice", false)));

            // a French word of the published French description, in another form, finds it: the snippet in French
            mvc.perform(get("/api/search?q=quincaillerie&lang=fr"))
                    .andExpect(jsonPath("$.items[?(@.url == '/schemes/" + id + "')].snippet",
                            hasItem(containsString("quincailleries"))))
                    .andExpect(jsonPath("$.items[?(@.url == '/schemes/" + id + "')].snippetLang", hasItem("fr")));
            // an English reader finds it too, and gets the English original, said to be English
            mvc.perform(get("/api/search?q=quincailleries&lang=en"))
                    .andExpect(jsonPath("$.items[?(@.url == '/schemes/" + id + "')].snippet",
                            hasItem(containsString("hardware shops"))))
                    .andExpect(jsonPath("$.items[?(@.url == '/schemes/" + id + "')].snippetLang", hasItem("en")));
            // a Spanish reader with no Spanish text published gets the original, marked as English
            mvc.perform(get("/api/search?q=quincailleries&lang=es"))
                    .andExpect(jsonPath("$.items[?(@.url == '/schemes/" + id + "')].snippetLang", hasItem("en")));
            // a word only of a reform's published translation (reform fields are as many as the scheme has)
            mvc.perform(get("/api/search?q=serruriers&lang=fr"))
                    .andExpect(jsonPath("$.items[*].url", hasItem("/schemes/" + id)));
            // a word only of its note, in the original's language
            mvc.perform(get("/api/search?q=ironmongers&lang=en"))
                    .andExpect(jsonPath("$.items[*].url", hasItem("/schemes/" + id)));
            // a word only of a coverage reason, as written
            mvc.perform(get("/api/search?q=hawkers&lang=en"))
                    .andExpect(jsonPath("$.items[*].url", hasItem("/schemes/" + id)));
            // the Spanish draft is nobody's to find yet
            mvc.perform(get("/api/search?q=ferreterías&lang=es"))
                    .andExpect(jsonPath("$.items[*].url", not(hasItem("/schemes/" + id))));
        } finally {
            jdbc.update("DELETE FROM translation WHERE record_type = 'schemes' AND record_id = ?", id);
            jdbc.update("DELETE FROM translation_aud WHERE record_type = 'schemes' AND record_id = ?", id);
            transactions.executeWithoutResult(t -> schemes.deleteById(id));
        }
    }
}
