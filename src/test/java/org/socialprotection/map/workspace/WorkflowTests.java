package org.socialprotection.map.workspace;

import static org.socialprotection.map.support.FormTestSupport.ACCRA;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.support.StoredSession;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Draft → in review → published → back to draft, with who may make each move; and edits that would be lost. */
@AtlasTest
@Transactional
abstract class WorkflowTests {

    static final RequestPostProcessor ALICE = user("alice").roles("RESEARCHER");
    static final RequestPostProcessor BOB = user("bob").roles("RESEARCHER");
    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired SessionRepository<?> sessions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures fixtures;

    long create(RequestPostProcessor who, String sources) throws Exception {
        String body = mvc.perform(post("/api/observations").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCRA.formatted(sources)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("draft"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aResearchersDraftIsReviewedAndPublishedThenUnpublished() throws Exception {
        long id = create(ALICE, "\"sources\": \"WIEGO | https://www.wiego.org/child-care-markets\"");
        mvc.perform(get("/api/observations/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/observations/" + id + "/submit").with(ALICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("in_review"));
        mvc.perform(post("/api/observations/" + id + "/publish").with(ALICE)).andExpect(status().isForbidden());
        mvc.perform(post("/api/observations/" + id + "/publish").with(EDNA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("published"));
        mvc.perform(get("/api/observations/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.country").value("GHA"));
        mvc.perform(post("/api/observations/" + id + "/unpublish").with(EDNA).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/observations/" + id + "/unpublish").with(EDNA).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"the source names another market\"}")).andExpect(status().isOk());
        // hidden everywhere public at once
        mvc.perform(get("/api/observations/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/observations/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/observations?country=GHA")).andExpect(jsonPath("$.numberMatched").value(5));
        mvc.perform(get("/workspace/observations/" + id + "/edit").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("the source names another market")));
    }

    @Test
    void aResearcherLinksPublishedSchemesAndTheirOwnButNotAnotherResearchersDraft() throws Exception {
        long othersDraft = fixtures.scheme("test-others-draft", "GHA", Branch.MEDICAL_CARE, PublicationStatus.DRAFT)
                .getId();
        long published = fixtures.scheme("test-published-link", "GHA", Branch.MEDICAL_CARE,
                PublicationStatus.PUBLISHED).getId();
        String sources = "\"sources\": \"WIEGO | https://www.wiego.org/\", ";
        mvc.perform(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCRA.formatted(sources + "\"schemes\": [" + othersDraft + "]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("a linked scheme does not exist")));
        mvc.perform(post("/api/observations").with(user("test").roles("RESEARCHER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ACCRA.formatted(sources + "\"schemes\": [" + othersDraft + "]")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCRA.formatted(sources + "\"schemes\": [" + published + "]")))
                .andExpect(status().isCreated());
        // the form's scheme picker, showing Ghana's schemes
        mvc.perform(post("/workspace/observations").with(ALICE).param("country", "GHA").param("refresh", "schemes")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(containsString("test-published-link"),
                        org.hamcrest.Matchers.not(containsString("test-others-draft")))));
    }

    @Test
    void anObservationLinkingADraftSchemeIsNotPublishedWithoutItsLinkButRefusedNamingTheScheme() throws Exception {
        var draft = fixtures.scheme("test-draft-linked", "GHA", Branch.CHILD_CARE, PublicationStatus.DRAFT);
        long id = create(EDNA, "\"sources\": \"WIEGO | https://www.wiego.org/\", \"schemes\": [" + draft.getId() + "]");
        mvc.perform(post("/api/observations/" + id + "/submit").with(EDNA)).andExpect(status().isOk());
        mvc.perform(post("/api/observations/" + id + "/publish").with(EDNA))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("\"" + draft.title() + "\" (draft)")));
        mvc.perform(get("/api/observations/" + id)).andExpect(status().isNotFound());

        // the page says so in the reader's language and links the scheme to open it
        var flash = mvc.perform(post("/workspace/observations/" + id + "/publish").with(EDNA)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        Cookie redirected = StoredSession.withFlash(sessions, flash);
        mvc.perform(get("/workspace/observations/" + id + "/edit").with(EDNA).header("Accept-Language", "fr")
                        .cookie(redirected))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(containsString("id=\"unpublished-links\""),
                        containsString("Non publiée"),
                        containsString("href=\"/workspace/schemes/" + draft.getId() + "/edit\""),
                        containsString("(<span>Brouillon</span>)"))));
        StoredSession.delete(jdbc, redirected);

        // once the scheme is published, so is the observation, with its link
        draft.setStatus(PublicationStatus.PUBLISHED);
        mvc.perform(post("/api/observations/" + id + "/publish").with(EDNA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("published"));
        mvc.perform(get("/observations/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/schemes/" + draft.getId() + "\"")));
    }

    @Test
    void withoutASourceNothingGoesToReview() throws Exception {
        long id = create(ALICE, "\"sources\": \"\"");
        mvc.perform(post("/api/observations/" + id + "/submit").with(ALICE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("source")));
    }

    @Test
    void researchersMoveOnlyTheirOwnDraftsAndOnlyFromTheRightState() throws Exception {
        long id = create(ALICE, "\"sources\": \"S | https://example.org\"");
        mvc.perform(post("/api/observations/" + id + "/submit").with(BOB)).andExpect(status().isNotFound());
        mvc.perform(post("/api/observations/" + id + "/reject").with(EDNA).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"x\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/observations/" + id + "/submit").with(ALICE)).andExpect(status().isOk());
        mvc.perform(post("/api/observations/" + id + "/submit").with(ALICE)).andExpect(status().isConflict());
        mvc.perform(post("/api/observations/" + id + "/reject").with(EDNA).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"add the date\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("draft"));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"sideways\", \"lon\": \"200\", \"lat\": \"x\", \"placeType\": \"market\","
                                + " \"privacy\": \"city\", \"observedFrom\": \"2021-13\", \"sources\": \"| https://a.org\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.title").exists())
                .andExpect(jsonPath("$.errors.kind").exists())
                .andExpect(jsonPath("$.errors.lon").exists())
                .andExpect(jsonPath("$.errors.lat").exists())
                .andExpect(jsonPath("$.errors.observedFrom").exists())
                .andExpect(jsonPath("$.errors['sources[0].title']").exists());
        // a point outside the country it is said to be in names both
        mvc.perform(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCRA.formatted("\"country\": \"ZAF\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.country", containsString("Ghana (GHA), not in South Africa (ZAF)")));
    }

    @Test
    void aSecondSaveOnAnOutdatedVersionIsRefusedAndShowsTheOtherChange() throws Exception {
        long id = create(ALICE, "\"sources\": \"S | https://example.org\"");
        String first = ACCRA.formatted("\"version\": 0, \"sources\": \"S | https://example.org\"")
                .replace("Crèche at the market", "Crèche at Makola market");
        String second = ACCRA.formatted("\"version\": 0, \"sources\": \"S | https://example.org\"")
                .replace("\"approximate\"", "\"city\"");
        mvc.perform(put("/api/observations/" + id).with(EDNA).contentType(MediaType.APPLICATION_JSON).content(first))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/observations/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON).content(second))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.theirValues.title").value("Crèche at Makola market"))
                .andExpect(jsonPath("$.theirValues.privacy").value("approximate"));
        mvc.perform(get("/workspace/observations/" + id + "/edit").with(EDNA))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("at Makola market")));
    }

    @Test
    void theFormShowsTheConflictWithA409() throws Exception {
        long id = create(ALICE, "\"sources\": \"S | https://example.org\"");
        mvc.perform(put("/api/observations/" + id).with(EDNA).contentType(MediaType.APPLICATION_JSON)
                .content(ACCRA.formatted("\"version\": 0, \"sources\": \"S | https://example.org\"")
                        .replace("Crèche at the market", "Edited by Edna"))).andExpect(status().isOk());
        mvc.perform(post("/workspace/observations/" + id).with(ALICE)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("id", String.valueOf(id)).param("version", "0").param("title", "Alice's title")
                        .param("kind", "inclusion").param("lon", "-0.2057").param("lat", "5.5513")
                        .param("placeType", "market").param("privacy", "approximate").param("sources[0].title", "S").param("sources[0].url", "https://example.org"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Edited by Edna")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Alice&#39;s title")));
    }
}
