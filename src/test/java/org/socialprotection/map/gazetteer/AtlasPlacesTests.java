package org.socialprotection.map.gazetteer;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * GET /api/places offers the place names of published observations, "from the atlas", on both databases; a draft's
 * place name never leaks, whoever asks, nor the place of an observation whose point is published coarsened.
 */
@AtlasTest
@Transactional
abstract class AtlasPlacesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;

    private void named(String slug, String placeName, PlaceType type, Privacy privacy, PublicationStatus status) {
        Observation o = fixtures.observation(slug, Kind.INCLUSION, -0.20571, 5.55132, "GHA", privacy, status);
        o.setPlaceName(placeName);
        o.setPlaceType(type);
        observations.saveAndFlush(o);
    }

    @Test
    void aPublishedMarketIsFoundByAnyWordOfItsName() throws Exception {
        named("test-makola", "Makola Market", PlaceType.MARKET, Privacy.EXACT, PublicationStatus.PUBLISHED);
        for (String q : new String[] {"makola", "MAKOLA M", "market"}) {
            mvc.perform(get("/api/places").param("q", q).param("country", "GHA"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.source == 'atlas')].name", hasItem("Makola Market")));
        }
        mvc.perform(get("/api/places").param("q", "makola"))
                .andExpect(jsonPath("$.items[0].name").value("Makola Market"))
                .andExpect(jsonPath("$.items[0].kind").value("market"))
                .andExpect(jsonPath("$.items[0].source").value("atlas"))
                .andExpect(jsonPath("$.items[0].country").value("GHA"))
                .andExpect(jsonPath("$.items[0].lat").value(5.55132))
                .andExpect(jsonPath("$.items[0].lon").value(-0.20571));
        mvc.perform(get("/api/places").param("q", "makola").param("country", "ZAF"))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void theCityNamedExactlyComesBeforeTheAtlasPlaces() throws Exception {
        named("test-accra-central", "Accra Central lorry park", PlaceType.OTHER, Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        mvc.perform(get("/api/places").param("q", "accra").param("country", "GHA"))
                .andExpect(jsonPath("$.items[0].name").value("Accra"))
                .andExpect(jsonPath("$.items[0].source").value("geonames"))
                .andExpect(jsonPath("$.items[1].name").value("Accra Central lorry park"))
                .andExpect(jsonPath("$.items[1].kind").value("place"))
                .andExpect(jsonPath("$.items[1].source").value("atlas"));
    }

    @Test
    void draftsNeverLeakWhoeverAsks() throws Exception {
        named("test-kantamanto", "Kantamanto Market", PlaceType.MARKET, Privacy.EXACT, PublicationStatus.DRAFT);
        named("test-kantamanto-review", "Kantamanto Market", PlaceType.MARKET, Privacy.EXACT,
                PublicationStatus.IN_REVIEW);
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/api/places").param("q", "kantamanto"),
                get("/api/places").param("q", "kantamanto").with(user("test").roles("RESEARCHER")),
                get("/api/places").param("q", "kantamanto").with(user("rob").roles("RESEARCHER")),
                get("/api/places").param("q", "kantamanto").with(user("ada").roles("ADMIN"))}) {
            mvc.perform(request).andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        }
    }

    @Test
    void aPlacePublishedOnlyCoarsenedIsNotOffered() throws Exception {
        named("test-tudu-city", "Tudu lorry station", PlaceType.OTHER, Privacy.CITY, PublicationStatus.PUBLISHED);
        named("test-tudu-approx", "Tudu lorry station", PlaceType.OTHER, Privacy.APPROXIMATE,
                PublicationStatus.PUBLISHED);
        mvc.perform(get("/api/places").param("q", "tudu lorry"))
                .andExpect(jsonPath("$.items[*].source", not(hasItem("atlas"))));
    }

    @Test
    void likeWildcardsInTheQueryAreLetters() throws Exception {
        named("test-makola-2", "Makola Market", PlaceType.MARKET, Privacy.EXACT, PublicationStatus.PUBLISHED);
        for (String q : new String[] {"ma%", "m_kola", "_akola", "%kola"}) {
            mvc.perform(get("/api/places").param("q", q)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].source", not(hasItem("atlas"))));
        }
    }
}
