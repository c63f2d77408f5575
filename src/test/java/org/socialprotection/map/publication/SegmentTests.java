package org.socialprotection.map.publication;

import org.socialprotection.map.support.FormTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** Time-stamped segments of an episode: links that start the player there, and from the observation they concern. */
@AtlasTest
@Transactional
abstract class SegmentTests extends FormTestSupport {

    static final String EPISODE = """
            {"type": "podcast", "title": "Child care in markets, part 2", "language": "en", "date": "2025",
             "url": "https://example.org/episodes/43", "duration": "30:00",
             "segments": "5:12 | Child care at the market | #1\\n1:02:03 | Health insurance for traders | GHA"}""";

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
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(
                        EPISODE.replace("5:12 | Child care at the market | #1", "soon | no time | #999999")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.segments", containsString("line 1")));
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(
                        EPISODE.replace("\"podcast\"", "\"brief\"").replace("\"duration\": \"30:00\",", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.segments").exists());
    }

    @Test
    void anotherResearchersDraftAnswersAsAMissingObservation() throws Exception {
        long draft = create("observations", BOB, ACCRA.formatted("\"sources\": \"WIEGO | https://www.wiego.org/\""));
        String missing = mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(EPISODE.replace("#1", "#999999")))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/publications").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(EPISODE.replace("#1", "#" + draft)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.segments").value("line 1: no observation #" + draft));
        assertThat(missing).contains("line 1: no observation #999999");
        // its author may; once the episode is published, the public sees the moment but no link to the draft
        long episode = create("publications", BOB, EPISODE.replace("#1", "#" + draft));
        mvc.perform(post("/api/publications/" + episode + "/submit").with(BOB)).andExpect(status().isOk());
        mvc.perform(post("/api/publications/" + episode + "/publish").with(EDNA)).andExpect(status().isOk());
        mvc.perform(get("/api/publications/" + episode))
                .andExpect(jsonPath("$.segments[0].clock").value("5:12"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"observation\":" + draft))));
        mvc.perform(get("/podcasts/" + episode))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/observations/" + draft))));
    }
}
