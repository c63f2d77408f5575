package org.socialprotection.map.publication;

import org.socialprotection.map.support.FormTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** Time-stamped segments of an episode: links that start the player there, and from the observation they concern. */
@AtlasTest
@Transactional
abstract class SegmentTests extends FormTestSupport {

    @Autowired Publications publications;

    static final String EPISODE = """
            {"type": "podcast", "title": "Child care in markets, part 2", "language": "en", "date": "2025",
             "url": "https://example.org/episodes/43", "duration": "1:30:00",
             "segments": [{"start": "5:12", "title": "Child care at the market", "observation": "1"},
                          {"start": "1:02:03", "title": "Health insurance for traders", "country": "gha"}]}""";

    @Test
    void segmentsLinkTheEpisodeAndTheObservationToAMomentOfTheAudio() throws Exception {
        long id = create("publications", ALICE, EPISODE);
        mvc.perform(post("/api/publications/" + id + "/submit").with(ALICE)).andExpect(status().isOk());
        mvc.perform(post("/api/publications/" + id + "/publish").with(EDNA)).andExpect(status().isOk());
        mvc.perform(get("/api/publications/" + id))
                .andExpect(jsonPath("$.segments[0].start").value(312))
                .andExpect(jsonPath("$.segments[0].clock").value("5:12"))
                .andExpect(jsonPath("$.segments[0].observation").value(1))
                .andExpect(jsonPath("$.segments[1].clock").value("1:02:03"))
                .andExpect(jsonPath("$.segments[1].country").value("GHA"));
        mvc.perform(get("/podcasts/" + id))
                .andExpect(content().string(containsString("href=\"/podcasts/" + id + "?t=312\"")))
                .andExpect(content().string(containsString("Listen from 5:12")));
        mvc.perform(get("/observations/1"))
                .andExpect(content().string(containsString("href=\"/podcasts/" + id + "?t=312\"")))
                .andExpect(content().string(containsString("Listen from 5:12")));
    }

    @Test
    void aSegmentMustBeWrittenRightAndBelongsToPodcastsOnly() throws Exception {
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(EPISODE
                        .replace("\"start\": \"5:12\", \"title\": \"Child care at the market\", \"observation\": \"1\"",
                                "\"start\": \"soon\", \"title\": \" \", \"observation\": \"#999999\", \"country\": \"GHA\"")
                        .replace("\"1:02:03\"", "\"2:00:00\"").replace("\"gha\"", "\"XYZ\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['segments[0].start']", containsString("'soon' is not a time")))
                .andExpect(jsonPath("$.errors['segments[0].title']").value("give the segment a title"))
                .andExpect(jsonPath("$.errors['segments[0].observation']").value("no observation #999999"))
                .andExpect(jsonPath("$.errors['segments[1].start']", containsString("after the end of the episode (1:30:00)")))
                .andExpect(jsonPath("$.errors['segments[1].country']", containsString("unknown country 'XYZ'")));
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(EPISODE
                        .replace("\"observation\": \"1\"", "\"observation\": \"1\", \"country\": \"GHA\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['segments[0].country']", containsString("not both")));
        // the text of lines the form took before segments had rows is not a list of segments
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(EPISODE
                        .replaceAll("(?s)\\[\\{\"start.*\\}]", "\"5:12 | Child care at the market | #1\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(
                        EPISODE.replace("\"podcast\"", "\"brief\"").replace("\"duration\": \"1:30:00\",", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.segments").exists());
    }

    @Test
    void anotherResearchersDraftAnswersAsAMissingObservation() throws Exception {
        long draft = create("observations", BOB, ACCRA.formatted("\"sources\": \"WIEGO | https://www.wiego.org/\""));
        String missing = mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(EPISODE.replace("\"observation\": \"1\"", "\"observation\": \"999999\"")))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(EPISODE.replace("\"observation\": \"1\"", "\"observation\": \"" + draft + "\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['segments[0].observation']").value("no observation #" + draft));
        assertThat(missing).contains("no observation #999999");
        // its author may; once the episode is published, the public sees the moment but no link to the draft
        long episode = create("publications", BOB, EPISODE.replace("\"observation\": \"1\"", "\"observation\": \"" + draft + "\""));
        mvc.perform(post("/api/publications/" + episode + "/submit").with(BOB)).andExpect(status().isOk());
        mvc.perform(post("/api/publications/" + episode + "/publish").with(EDNA)).andExpect(status().isOk());
        mvc.perform(get("/api/publications/" + episode))
                .andExpect(jsonPath("$.segments[0].clock").value("5:12"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"observation\":" + draft))));
        mvc.perform(get("/podcasts/" + episode))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/observations/" + draft))));
    }

    private static MockHttpServletRequestBuilder episodeForm() {
        return post("/workspace/publications").with(ALICE).with(csrf())
                .param("type", "podcast").param("title", "Segments as rows").param("language", "en")
                .param("url", "https://example.org/episodes/44").param("duration", "20:00")
                .param("segments[0].start", "0:30").param("segments[0].title", "The crèche at Makola")
                .param("segments[0].observation", "1").param("segments[0].country", "")
                .param("segments[1].start", "").param("segments[1].title", "").param("segments[1].observation", "")
                .param("segments[1].country", "")
                .param("segments[2].start", "7:45").param("segments[2].title", "Health insurance in Ghana")
                .param("segments[2].country", "GHA")
                .param("segments[3].start", "9:00").param("segments[3].title", "Dropped")
                .param("segments[3].remove", "true");
    }

    @Test
    void theFormsRowsBecomeTheEpisodesSegmentsAndComeBackAsRows() throws Exception {
        String location = mvc.perform(episodeForm())
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D", ""));
        assertThat(publications.findById(id).orElseThrow().getSegments()).containsExactly(
                new Segment(30, "The crèche at Makola", 1L, null), new Segment(465, "Health insurance in Ghana", null, "GHA"));
        mvc.perform(get("/workspace/publications/" + id + "/edit").with(ALICE))
                .andExpect(content().string(allOf(
                        containsString("name=\"segments[0].start\" value=\"0:30\""),
                        containsString("name=\"segments[1].title\" value=\"Health insurance in Ghana\""),
                        matchesPattern("(?s).*<option value=\"1\" selected=\"selected\".*"),
                        matchesPattern("(?s).*<option value=\"GHA\" selected=\"selected\".*"),
                        // an empty row to fill after the stored ones
                        containsString("name=\"segments[2].start\" value=\"\""))));
    }

    @Test
    void addASegmentWithoutJavaScriptShowsTheFormAgainWithOneMoreRow() throws Exception {
        long before = publications.count();
        mvc.perform(episodeForm().param("addRow", "segments"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"segments[2].title\" value=\"Health insurance in Ghana\""),
                        matchesPattern("(?s).*name=\"segments\\[3]\\.start\" value=\"\"[^>]*autofocus=\"autofocus\".*"),
                        not(containsString("Dropped")))));
        assertThat(publications.count()).isEqualTo(before);
    }

    @Test
    void aMistakeInARowIsShownBesideItsField() throws Exception {
        mvc.perform(episodeForm().param("segments[4].start", "25:00")
                        .param("segments[4].title", "After the end").param("lang", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*id=\"segments-4-start\"[^>]*aria-invalid=\"true\".*"),
                        containsString("id=\"segments-4-start-error\""),
                        containsString("Partie 5\u202f: elle commence après la fin de l’épisode (20:00)."),
                        containsString("name=\"segments[0].title\" value=\"The crèche at Makola\""))));
    }
}
