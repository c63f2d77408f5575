package org.socialprotection.map.country;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/countries on the loaded atlas. */
@AtlasTest
abstract class CountryApiTests {

    @Autowired MockMvc mvc;

    @Test
    void listsEveryCountryWithDisplayGeometryNamesAndCounts() throws Exception {
        mvc.perform(get("/api/countries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.numberReturned", greaterThanOrEqualTo(249)))
                .andExpect(jsonPath("$.features[*].id", hasItems("GHA", "ZAF", "RWA", "FJI", "XKX", "MUS", "CPV")))
                .andExpect(jsonPath("$.features[?(@.id == 'GHA')].geometry.type").value("MultiPolygon"))
                .andExpect(jsonPath("$.features[?(@.id == 'GHA')].properties.counts.schemes").value(2))
                .andExpect(jsonPath("$.features[?(@.id == 'GHA')].properties.counts.inclusions").value(2))
                .andExpect(jsonPath("$.features[?(@.id == 'GHA')].properties.counts.exclusions").value(3));
    }

    @Test
    void lowDetailIsLighterButKeepsEveryCountry() throws Exception {
        String full = mvc.perform(get("/api/countries")).andReturn().getResponse().getContentAsString();
        String low = mvc.perform(get("/api/countries?detail=low")).andReturn().getResponse().getContentAsString();
        assertThat(low.length()).isLessThan(full.length() * 3 / 5);
        List<String> fullIds = JsonPath.read(full, "$.features[*].id");
        List<String> lowIds = JsonPath.read(low, "$.features[*].id");
        assertThat(lowIds).isEqualTo(fullIds);
        List<Object> geometries = JsonPath.read(low, "$.features[?(@.geometry == null)]");
        assertThat(geometries).isEmpty();
        mvc.perform(get("/api/countries?detail=medium")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("detail"));
    }

    @Test
    void locateSaysWhenAPointIsAtSea() throws Exception {
        mvc.perform(get("/api/countries/locate?lon=-0.2085&lat=5.5488"))
                .andExpect(jsonPath("$.iso3").value("GHA")).andExpect(jsonPath("$.atSea").doesNotExist());
        mvc.perform(get("/api/countries/locate?lon=-0.20&lat=5.50"))
                .andExpect(jsonPath("$.atSea").value(true)).andExpect(jsonPath("$.iso3").doesNotExist());
    }

    @Test
    void namesFollowTheLanguageAskedFor() throws Exception {
        mvc.perform(get("/api/countries/ZAF")).andExpect(jsonPath("$.properties.name").value("South Africa"));
        mvc.perform(get("/api/countries/ZAF?lang=fr")).andExpect(jsonPath("$.properties.name").value("Afrique du Sud"));
        mvc.perform(get("/api/countries/zaf").header("Accept-Language", "es-MX,es;q=0.9"))
                .andExpect(jsonPath("$.properties.name").value("Sudáfrica"))
                .andExpect(jsonPath("$.properties.names.fr").value("Afrique du Sud"));
        mvc.perform(get("/api/countries/ZAF").header("Accept-Language", "de-DE"))
                .andExpect(jsonPath("$.properties.name").value("South Africa"));
    }

    @Test
    void detailCarriesRegionLabelPointAndIndicators() throws Exception {
        mvc.perform(get("/api/countries/KEN"))
                .andExpect(jsonPath("$.properties.region").value("Africa"))
                .andExpect(jsonPath("$.properties.subregion").value("Eastern Africa"))
                .andExpect(jsonPath("$.properties.label.length()").value(2))
                .andExpect(jsonPath("$.properties.indicators[0].source.url").isNotEmpty());
    }

    @Test
    void unknownAndMalformedCodes() throws Exception {
        mvc.perform(get("/api/countries/XXX")).andExpect(status().isNotFound());
        mvc.perform(get("/api/countries/GH")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("iso3"));
        mvc.perform(get("/api/countries?lang=xx")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("lang"));
    }
}
