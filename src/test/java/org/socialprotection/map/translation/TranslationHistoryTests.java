package org.socialprotection.map.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationType;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Envers keeps every change of a translation, committed as a real edit is, and the record's history page lists them:
 * who wrote which language of which field, from what to what, and when readers started to get it.
 */
@AtlasTest
abstract class TranslationHistoryTests {

    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transactions;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;
    @Autowired TranslationDesk desk;
    @Autowired JdbcTemplate jdbc;

    @Autowired Publications publications;

    Long id;
    Long episode;

    @AfterEach
    void deleteRecords() {
        if (episode != null) {
            jdbc.update("DELETE FROM translation WHERE record_type = 'publications' AND record_id = ?", episode);
            jdbc.update("DELETE FROM translation_aud WHERE record_type = 'publications' AND record_id = ?", episode);
            transactions.executeWithoutResult(s -> publications.deleteById(episode));
        }
        if (id != null) {
            jdbc.update("DELETE FROM translation WHERE record_type = 'observations' AND record_id = ?", id);
            jdbc.update("DELETE FROM translation_aud WHERE record_type = 'observations' AND record_id = ?", id);
            transactions.executeWithoutResult(s -> observations.deleteById(id));
        }
    }

    @Test
    void theHistoryPageListsEachChangeOfATranslation() throws Exception {
        Observation o = transactions.execute(s -> fixtures.observation("zt-history", Kind.INCLUSION, -0.2057,
                5.5513, "GHA", Privacy.EXACT, PublicationStatus.PUBLISHED));
        id = o.getId();
        Actor alice = new Actor("alice", false);
        Actor edna = new Actor("edna", true);
        transactions.executeWithoutResult(s -> desk.save("observations", id, Language.FR,
                Map.of("title", "Crèche <b>au</b> marché"), true, alice));
        transactions.executeWithoutResult(s -> desk.publish("observations", id, Language.FR, edna));
        transactions.executeWithoutResult(s -> desk.save("observations", id, Language.FR,
                Map.of("title", "Une crèche au marché"), false, alice));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM translation_aud WHERE record_id = ?", Long.class, id))
                .isEqualTo(3);

        String page = mvc.perform(get("/workspace/history/observations/" + id).with(user("edna").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"translation-history\"")
                .contains("Crèche &lt;b&gt;au&lt;/b&gt; marché").doesNotContain("<b>au</b>")
                .contains("Une crèche au marché").contains("now shown to readers")
                .contains("<td lang=\"fr\">");
        // newest first: the edit after the publication comes before it
        assertThat(page.indexOf("Une crèche au marché")).isLessThan(page.indexOf("now shown to readers"));
    }

    @Test
    void aPodcastsTranscriptTranslationsAreInItsHistory() throws Exception {
        episode = transactions.execute(s -> {
            Publication p = new Publication("zt-history-episode", PublicationType.PODCAST, "Episode", "en");
            p.setUrl("https://example.org/zt-history-episode");
            p.setTranscript("Ana sings.");
            p.setStatus(PublicationStatus.PUBLISHED);
            p.createdBy("test");
            return publications.saveAndFlush(p);
        }).getId();
        Actor edna = new Actor("edna", true);
        transactions.executeWithoutResult(s -> desk.save("publications", episode, Language.ES,
                Map.of("transcript", "Ana canta."), false, edna));
        transactions.executeWithoutResult(s -> desk.publish("publications", episode, Language.ES, edna));
        transactions.executeWithoutResult(s -> desk.save("publications", episode, Language.ES,
                Map.of("transcript", "Ana canta bajito."), false, edna));

        String page = mvc.perform(get("/workspace/history/publications/" + episode)
                        .with(user("edna").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"translation-history\"")
                .containsPattern("<th scope=\"row\"><span>Transcript</span>\\s*\\(<span>Spanish</span>\\)</th>")
                .contains("<td lang=\"es\">Ana canta.</td>").contains("<td lang=\"es\">Ana canta bajito.</td>")
                .contains("now shown to readers");
    }
}
