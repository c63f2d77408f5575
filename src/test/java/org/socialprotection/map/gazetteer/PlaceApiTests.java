package org.socialprotection.map.gazetteer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/places in the whole application; the gazetteer needs no database, so H2GIS alone is enough. */
@AtlasTest
@H2GisTest
class PlaceApiTests {

    @Autowired MockMvc mvc;

    @Test
    void suggestsPlacesWithTheirCountryAndCreditsGeoNames() throws Exception {
        mvc.perform(get("/api/places").param("q", "accra").param("country", "GHA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Accra"))
                .andExpect(jsonPath("$.items[0].country").value("GHA"))
                .andExpect(jsonPath("$.items[0].admin1").value("Greater Accra"))
                .andExpect(jsonPath("$.items[0].lat").value(5.556))
                .andExpect(jsonPath("$.items[0].lon").value(-0.1969))
                .andExpect(jsonPath("$.items[0].kind").value("city"))
                .andExpect(jsonPath("$.items[0].source").value("geonames"))
                .andExpect(jsonPath("$.attribution").value("GeoNames (CC BY 4.0)"));
    }

    @Test
    void limitsTheSuggestions() throws Exception {
        mvc.perform(get("/api/places").param("q", "san")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10));
        mvc.perform(get("/api/places").param("q", "san").param("limit", "3"))
                .andExpect(jsonPath("$.items.length()").value(3));
        mvc.perform(get("/api/places").param("q", "zzzzqx"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void namesTheParameterThatIsWrong() throws Exception {
        expectBad("/api/places", "q");
        expectBad("/api/places?q=a", "q");
        expectBad("/api/places?q=" + "a".repeat(101), "q");
        expectBad("/api/places?q=accra&country=GH", "country");
        expectBad("/api/places?q=accra&country=GH1", "country");
        expectBad("/api/places?q=accra&limit=0", "limit");
        expectBad("/api/places?q=accra&limit=51", "limit");
        expectBad("/api/places?q=accra&limit=ten", "limit");
        expectBad("/api/places?q=accra&near=1,2", "near");
    }

    private void expectBad(String url, String parameter) throws Exception {
        mvc.perform(get(url)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter));
    }
}
