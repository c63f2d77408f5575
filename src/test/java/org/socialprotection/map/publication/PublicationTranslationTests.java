package org.socialprotection.map.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.support.FormTestSupport;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefs and podcasts in English, French and Spanish: a title and summary translated and published on their own
 * reach readers of that language on the page, the lists and the API; the others get the original, marked with its
 * language. A French or Spanish brief's title is French or Spanish. On both databases.
 */
@AtlasTest
@Transactional
abstract class PublicationTranslationTests extends FormTestSupport {

    static final String TITLE_FR = "Garde d’enfants dans les marchés : un guide";
    static final String SUMMARY_FR = "Ce que les commerçantes demandent aux municipalités.";

    @Autowired Fixtures fixtures;
    @Autowired Publications publications;

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
