package org.socialprotection.map.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Translations through the JSON API, committed as a script's calls are: the workspace form's rules (who reads, who
 * saves, who publishes, what is refused), what readers get once published, and the history of it.
 */
@AtlasTest
abstract class TranslationApiTests {

    static final RequestPostProcessor ALICE = user("alice").roles("RESEARCHER");
    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transactions;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;
    @Autowired JdbcTemplate jdbc;

    long id;
    String path;

    @BeforeEach
    void observation() {
        id = transactions.execute(s -> fixtures.observation("zt-translation-api", Kind.INCLUSION, -0.2057, 5.5513,
                "GHA", Privacy.EXACT, PublicationStatus.PUBLISHED)).getId();
        path = "/api/observations/" + id + "/translations";
    }

    @AfterEach
    void deleteRecords() {
        jdbc.update("DELETE FROM translation WHERE record_type = 'observations' AND record_id = ?", id);
        jdbc.update("DELETE FROM translation_aud WHERE record_type = 'observations' AND record_id = ?", id);
        transactions.executeWithoutResult(s -> observations.deleteById(id));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aResearcherSavesAndSubmitsAnEditorPublishesAndReadersGetIt() throws Exception {
        mvc.perform(get(path).with(ALICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.originalLanguage").value("en"))
                .andExpect(jsonPath("$.fields[0]").value("title"))
                .andExpect(jsonPath("$.languages[0].language").value("fr"))
                .andExpect(jsonPath("$.languages[0].missing").value(true))
                .andExpect(jsonPath("$.languages[0].fields.title.original").value("Fixture zt-translation-api"))
                .andExpect(jsonPath("$.languages[0].fields.title.status").doesNotExist());

        mvc.perform(json(put(path + "/fr").with(ALICE), """
                        {"texts": {"title": "Crèche au marché"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.fields.title.working").value("Crèche au marché"))
                .andExpect(jsonPath("$.fields.title.status").value("draft"));
        mvc.perform(json(put(path + "/fr").with(ALICE), """
                        {"texts": {"title": "Une crèche au marché"}, "submit": true}"""))
                .andExpect(jsonPath("$.fields.title.status").value("in_review"))
                .andExpect(jsonPath("$.inReview").value(true));
        // in review is not published: readers still get the original
        mvc.perform(get("/api/observations/" + id + "?lang=fr"))
                .andExpect(jsonPath("$.properties.title").value("Fixture zt-translation-api"))
                .andExpect(jsonPath("$.properties.titleLanguage").value("en"));

        mvc.perform(post(path + "/fr/publish").with(ALICE)).andExpect(status().isForbidden());
        mvc.perform(post(path + "/fr/publish").with(EDNA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.fields.title.published").value("Une crèche au marché"))
                .andExpect(jsonPath("$.fields.title.status").value("published"));
        mvc.perform(get("/api/observations/" + id + "?lang=fr"))
                .andExpect(jsonPath("$.properties.title").value("Une crèche au marché"))
                .andExpect(jsonPath("$.properties.titleLanguage").value("fr"));

        // one revision per call: saved, saved and submitted, published
        assertThat(jdbc.queryForList("SELECT COALESCE(published_text, '-') FROM translation_aud"
                + " WHERE record_type = 'observations' AND record_id = ? ORDER BY rev", String.class, id))
                .containsExactly("-", "-", "Une crèche au marché");
        mvc.perform(get("/workspace/history/observations/" + id).with(EDNA))
                .andExpect(status().isOk()).andExpect(content().string(containsString("now shown to readers")));
    }

    @Test
    void anonymousScriptsGet401() throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(head(path)).andExpect(status().isUnauthorized());
        mvc.perform(json(put(path + "/fr"), """
                {"texts": {"title": "Crèche"}}""")).andExpect(status().isUnauthorized());
        mvc.perform(post(path + "/fr/publish")).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM translation WHERE record_type = 'observations'"
                + " AND record_id = ?", Long.class, id)).isZero();
    }

    @Test
    void badInputIsA400WithItsReasonAndSavesNothing() throws Exception {
        mvc.perform(json(put(path + "/fr").with(ALICE), """
                        {"texts": {"headline": "Crèche"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("title, narrative, placeName")));
        mvc.perform(json(put(path + "/de").with(ALICE), """
                        {"texts": {"title": "Krippe"}}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("en, fr, es")));
        mvc.perform(json(put(path + "/en").with(ALICE), """
                        {"texts": {"title": "Crèche"}}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("original")));
        mvc.perform(json(put(path + "/fr").with(ALICE), "{\"texts\": {\"title\": \"" + "a".repeat(20_001) + "\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("20000")));
        mvc.perform(json(put(path + "/fr").with(ALICE), "{\"submit\": true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("required")));
        mvc.perform(json(put(path + "/fr").with(ALICE), "{\"texts\": [\"Crèche\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path + "/fr/publish").with(EDNA)).andExpect(status().isConflict());
        mvc.perform(get("/api/observations/999999999/translations").with(ALICE)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM translation WHERE record_type = 'observations'"
                + " AND record_id = ?", Long.class, id)).isZero();
    }

    @Test
    void aResearcherDoesNotSeeAnotherResearchersDraft() throws Exception {
        long draft = transactions.execute(s -> fixtures.observation("zt-translation-api-draft", Kind.INCLUSION,
                -0.2057, 5.5513, "GHA", Privacy.EXACT, PublicationStatus.DRAFT)).getId();
        try {
            mvc.perform(get("/api/observations/" + draft + "/translations").with(ALICE)).andExpect(status().isNotFound());
            mvc.perform(json(put("/api/observations/" + draft + "/translations/fr").with(ALICE), """
                    {"texts": {"title": "Crèche"}}""")).andExpect(status().isNotFound());
            mvc.perform(get("/api/observations/" + draft + "/translations").with(EDNA)).andExpect(status().isOk());
        } finally {
            transactions.executeWithoutResult(s -> observations.deleteById(draft));
        }
    }
}
