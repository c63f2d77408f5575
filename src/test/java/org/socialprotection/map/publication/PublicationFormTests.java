package org.socialprotection.map.publication;

import org.socialprotection.map.support.FormTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** The brief and podcast form and its JSON twin, as for schemes. */
@AtlasTest
@Transactional
abstract class PublicationFormTests extends FormTestSupport {

    static final String EPISODE = """
            {"type": "podcast", "title": "Waste pickers and their pensions", "language": "PT", "date": "2024-05",
             "authors": "Ana Souza\\n\\n João Lima ", "url": "https://example.org/episodes/12", "duration": "25:20",
             "transcript": "Ana: Bom dia.", "countries": ["BRA", "col"], "observations": [%d], "schemes": [%d] %s}""";

    @Autowired Publications publications;
    @Autowired Observations observations;
    @Autowired Schemes schemes;

    long publishedObservation() {
        return observations.findAll().stream().filter(Observation::isPublished).mapToLong(Observation::getId)
                .min().orElseThrow();
    }

    long publishedScheme() {
        return schemes.findAll().stream().filter(Scheme::isPublished).mapToLong(Scheme::getId).min().orElseThrow();
    }

    String episode(String more) {
        return EPISODE.formatted(publishedObservation(), publishedScheme(), more);
    }

    @Test
    void anEpisodeCreatedThroughTheApiIsAResearchersDraft() throws Exception {
        long id = create("publications", ALICE, episode(""));
        var episode = publications.findById(id).orElseThrow();
        assertThat(episode.getSlug()).matches("podcast-waste-pickers-and-their-pensions-[0-9a-f]{6}");
        assertThat(episode.getLanguage()).isEqualTo("pt");
        assertThat(episode.getDurationSeconds()).isEqualTo(1520);
        assertThat(episode.getAuthors()).containsExactly("Ana Souza", "João Lima");
        assertThat(episode.getCountries()).containsExactlyInAnyOrder("BRA", "COL");
        assertThat(episode.getObservations()).hasSize(1);
        assertThat(episode.getCreatedBy()).isEqualTo("alice");
        mvc.perform(get("/api/publications/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSaved() throws Exception {
        long before = publications.count();
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "video", "title": "", "language": "xx", "date": "May 2024", "url": "ftp://a",
                         "duration": "-5", "countries": ["ZZZ"], "observations": [999999], "schemes": [999999]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.type").exists())
                .andExpect(jsonPath("$.errors.title").exists())
                .andExpect(jsonPath("$.errors.language").exists())
                .andExpect(jsonPath("$.errors.date").exists())
                .andExpect(jsonPath("$.errors.url").exists())
                .andExpect(jsonPath("$.errors.duration").exists())
                .andExpect(jsonPath("$.errors.countries").exists())
                .andExpect(jsonPath("$.errors.observations").exists())
                .andExpect(jsonPath("$.errors.schemes").exists());
        // a brief needs an address, and has no duration
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "brief", "title": "A brief", "language": "en", "duration": "60"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.url").exists())
                .andExpect(jsonPath("$.errors.duration").exists());
        // someone else's draft cannot be linked
        long bobs = create("observations", BOB, ACCRA.formatted("\"sources\": \"\""));
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(EPISODE.formatted(bobs, publishedScheme(), "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.observations").exists());
        assertThat(publications.count()).isEqualTo(before);
    }

    @Test
    void aSaveOnAnOutdatedVersionIsRefusedWithTheOtherPersonsValues() throws Exception {
        long id = create("publications", ALICE, episode(""));
        mvc.perform(put("/api/publications/" + id).with(EDNA).contentType(MediaType.APPLICATION_JSON)
                        .content(episode(", \"version\": 0").replace("25:20", "1600")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/publications/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(episode(", \"version\": 0").replace("Waste pickers", "Recyclers")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.theirValues.duration").value("1600"))
                .andExpect(jsonPath("$.theirValues.title").value("Waste pickers and their pensions"))
                .andExpect(jsonPath("$.theirValues.countries").doesNotExist());
    }

    @Test
    void theFormRendersAndShowsEachMistakeBesideItsField() throws Exception {
        mvc.perform(get("/workspace/publications/new").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"publication-form\""),
                        containsString("value=\"podcast\""))));
        long id = create("publications", ALICE, episode(""));
        mvc.perform(get("/workspace/publications/" + id + "/edit").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Waste pickers and their pensions"),
                        containsString("/workspace/history/publications/" + id),
                        containsString("/workspace/publications/" + id + "/submit"))));
        mvc.perform(post("/workspace/publications/" + id).with(ALICE).with(csrf())
                        .param("id", String.valueOf(id)).param("version", "0").param("type", "podcast")
                        .param("title", "Waste pickers").param("language", "en").param("url", "")
                        .param("duration", "25:99"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("id=\"url-error\""), containsString("Give the address of the brief"),
                        containsString("id=\"duration-error\""), containsString("aria-invalid=\"true\""))));
        // in French
        mvc.perform(post("/workspace/publications").with(ALICE).with(csrf()).param("lang", "fr")
                        .param("type", "brief").param("title", "").param("language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Donnez l’adresse de la note ou de l’épisode.")));
    }

    @Test
    void submittedAndPublishedItIsPublicAndUnpublishedItIsHiddenAgain() throws Exception {
        long id = create("publications", ALICE, episode(""));
        submitAndPublish("publications", id);
        mvc.perform(get("/api/publications/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("podcast"))
                .andExpect(jsonPath("$.durationSeconds").value(1520))
                .andExpect(jsonPath("$.observations[0].id").value(publishedObservation()));
        mvc.perform(get("/workspace/publications/" + id + "/edit").with(ALICE))
                .andExpect(content().string(containsString("/podcasts/" + id)));
        move("publications", id, "unpublish", EDNA, "wrong episode number");
        mvc.perform(get("/api/publications/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/workspace/publications/" + id + "/edit").with(ALICE))
                .andExpect(content().string(allOf(containsString("wrong episode number"),
                        not(containsString("href=\"/podcasts/" + id + "\"")))));
    }
}
