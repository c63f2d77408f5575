package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Linked schemes" picker: check boxes of the observation's country, another country or words on request (a
 * button that posts the form to itself, so it works without JavaScript), never every scheme of the world.
 */
@AtlasTest
@Transactional
abstract class SchemePickerTests {

    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;

    Scheme ghana;
    Scheme kenya;
    Observation observation;

    @BeforeEach
    void records() {
        ghana = fixtures.scheme("zp-ghana-crèche", "GHA", Branch.CHILD_CARE, PublicationStatus.PUBLISHED);
        kenya = fixtures.scheme("zp-kenya-100%", "KEN", Branch.CHILD_CARE, PublicationStatus.PUBLISHED);
        observation = fixtures.observation("zp-observation", Kind.INCLUSION, -0.2057, 5.5513, "GHA",
                org.socialprotection.map.observation.Privacy.EXACT, PublicationStatus.DRAFT);
    }

    String checkbox(Scheme scheme) {
        return "name=\"schemes\" value=\"" + scheme.getId() + "\"";
    }

    @Test
    void theFormOffersTheSchemesOfTheObservationsCountryOnly() throws Exception {
        String page = mvc.perform(get("/workspace/observations/" + observation.getId() + "/edit").with(EDNA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(checkbox(ghana)).doesNotContain(checkbox(kenya))
                .doesNotContain("<select name=\"schemes\"").contains("<legend>Ghana</legend>")
                .contains("name=\"refresh\" value=\"schemes\" formnovalidate");
        // a new observation with no country yet offers none until asked
        assertThat(mvc.perform(get("/workspace/observations/new").with(EDNA)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(checkbox(ghana)).contains("No scheme to show");
    }

    MockHttpServletRequestBuilder form() {
        return post("/workspace/observations/" + observation.getId()).with(EDNA).with(csrf())
                .param("id", String.valueOf(observation.getId())).param("version", "0")
                .param("title", "Fixture zp-observation").param("kind", "inclusion").param("placeType", "market")
                .param("privacy", "exact").param("lon", "-0.2057").param("lat", "5.5513").param("country", "GHA")
                .param("sources[0].title", "Test fixture").param("sources[0].url", "https://example.org/fixture").param("_schemes", "on");
    }

    @Test
    void anotherCountryOrWordsAreShownWithoutSavingAndWhatIsTickedStaysTicked() throws Exception {
        String page = mvc.perform(form().param("schemes", String.valueOf(ghana.getId()))
                        .param("schemeCountry", "KEN").param("refresh", "schemes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(checkbox(kenya)).contains("<legend>Kenya</legend>")
                .containsPattern(checkbox(ghana) + "\\s+checked=\"checked\"");
        assertThat(observations.findById(observation.getId()).orElseThrow().getSchemes()).isEmpty();

        // words find a scheme in every country; LIKE's wildcards in the words are plain characters
        page = mvc.perform(form().param("schemeCountry", "*").param("schemeQuery", "ZP-KENYA-100%")
                .param("refresh", "schemes")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(checkbox(kenya)).doesNotContain(checkbox(ghana));
        page = mvc.perform(form().param("schemeCountry", "*").param("schemeQuery", "zp-%-crèche")
                .param("refresh", "schemes")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(checkbox(ghana)).doesNotContain(checkbox(kenya));

        // saving links what is ticked
        mvc.perform(form().param("schemes", String.valueOf(kenya.getId())))
                .andExpect(status().is3xxRedirection());
        assertThat(observations.findById(observation.getId()).orElseThrow().getSchemes())
                .extracting(Scheme::getId).containsExactly(kenya.getId());
    }

    @Test
    void anotherResearchersDraftSchemeIsNotOffered() throws Exception {
        Scheme hidden = fixtures.scheme("zp-hidden", "GHA", Branch.CHILD_CARE, PublicationStatus.DRAFT);
        String page = mvc.perform(get("/workspace/observations/new?lon=-0.2&lat=5.55").with(user("rita")
                        .roles("RESEARCHER"))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(checkbox(hidden));
        page = mvc.perform(post("/workspace/observations").with(user("rita").roles("RESEARCHER")).with(csrf())
                        .param("title", "t").param("country", "GHA").param("refresh", "schemes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(checkbox(ghana)).doesNotContain(checkbox(hidden));
    }
}
