package org.socialprotection.map.publication;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** GET /api/publications on the demo library. */
@AtlasTest
@Transactional
abstract class PublicationApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Schemes schemes;
    @Autowired Publications publications;

    @Test
    void listsBriefsAndPodcastsPointingAtRealDocuments() throws Exception {
        mvc.perform(get("/api/publications?type=podcast"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)))
                .andExpect(jsonPath("$.items[*].type", everyItem(is("podcast"))))
                .andExpect(jsonPath("$.items[*].url", everyItem(org.hamcrest.Matchers.startsWith("http"))));
        mvc.perform(get("/api/publications?type=brief"))
                .andExpect(jsonPath("$.items[*].type", everyItem(is("brief"))));
    }

    @Test
    void filtersByCountrySchemeAndObservation() throws Exception {
        mvc.perform(get("/api/publications?country=RWA"))
                .andExpect(jsonPath("$.items[*].countries", everyItem(hasItem("RWA"))));
        long nhis = schemes.findBySlug("gha-nhis").orElseThrow().getId();
        mvc.perform(get("/api/publications?scheme=" + nhis))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)));
        Observation o = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        Publication brief = fixtures.brief("test-suva-brief", PublicationStatus.PUBLISHED, List.of(o));
        mvc.perform(get("/api/publications?observation=" + o.getId()))
                .andExpect(jsonPath("$.numberMatched").value(1))
                .andExpect(jsonPath("$.items[0].id").value(brief.getId()))
                .andExpect(jsonPath("$.items[0].observations[0].id").value(o.getId()));
    }

    @Test
    void draftsAreNeverPublic() throws Exception {
        Publication draft = fixtures.brief("test-draft-brief", PublicationStatus.DRAFT, List.of());
        mvc.perform(get("/api/publications/" + draft.getId())).andExpect(status().isNotFound());
    }

    @Test
    void aDraftsIdInAFilterTellsNothing() throws Exception {
        Observation draft = fixtures.suvaMarket(PublicationStatus.DRAFT);
        fixtures.brief("test-brief-on-draft", PublicationStatus.PUBLISHED, List.of(draft));
        mvc.perform(get("/api/publications?observation=" + draft.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        Scheme scheme = fixtures.scheme("test-draft-linked", "GHA", Branch.MEDICAL_CARE, PublicationStatus.DRAFT);
        Publication brief = fixtures.brief("test-brief-on-draft-scheme", PublicationStatus.PUBLISHED, List.of());
        brief.getSchemes().add(scheme);
        publications.saveAndFlush(brief);
        mvc.perform(get("/api/publications?scheme=" + scheme.getId()))
                .andExpect(jsonPath("$.numberMatched").value(0));
    }

    @Test
    void badParametersAndUnknownIds() throws Exception {
        mvc.perform(get("/api/publications?type=video")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("type"));
        mvc.perform(get("/api/publications?observation=x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("observation"));
        mvc.perform(get("/api/publications/424242")).andExpect(status().isNotFound());
    }
}
