package org.socialprotection.map.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.GeoJson;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationTexts;
import org.socialprotection.map.observation.ObservationView;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The items route reads flat rows and the database's GeoJSON: its features must still carry what the entity model
 * gives (ObservationProperties of ObservationView.feature), its numberMatched and next link what a plain count says.
 */
@AtlasTest
@Transactional
abstract class OgcItemsModelTests {

    @Autowired MockMvc mvc;
    @Autowired Observations observations;
    @Autowired ObservationTexts texts;
    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired JsonMapper json;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | 0 | 1000 | en",
            "kind=inclusion | 2 | 3 | fr",
            "country=GHA | 0 | 2 | es",
            "bbox=-20,-36,52,38 | 1 | 4 | fr"})
    void itemsEqualTheEntityModel(String filter, int offset, int limit, String lang) throws Exception {
        String body = mvc.perform(get("/ogcapi/collections/observations/items?f=json&" + filter + "&offset=" + offset
                + "&limit=" + limit + "&lang=" + lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        JsonNode actual = json.readTree(body);
        List<Long> all = jdbc.queryForList("SELECT o.id FROM observation o WHERE o.status = 'PUBLISHED'"
                + where(filter) + " ORDER BY o.id", new MapSqlParameterSource(), Long.class);
        List<Long> expected = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));

        assertThat(actual.get("numberMatched").asLong()).isEqualTo(all.size());
        assertThat(actual.get("numberReturned").asInt()).isEqualTo(expected.size());
        boolean next = false;
        for (JsonNode link : actual.get("links")) {
            next |= link.get("rel").asString().equals("next");
        }
        assertThat(next).isEqualTo(offset + expected.size() < all.size());
        List<Long> ids = new ArrayList<>();
        Language language = Language.of(lang).orElseThrow();
        for (JsonNode feature : actual.get("features")) {
            long id = feature.get("id").asLong();
            ids.add(id);
            Observation entity = observations.findById(id).orElseThrow();
            GeoJson.Feature<ObservationView> model = ObservationView.feature(entity, texts.of(entity), language, null,
                    false);
            String page = feature.get("properties").get("page").asString();
            assertThat(page).endsWith("/observations/" + id);
            assertThat(feature.get("properties")).isEqualTo(json.readTree(json.writeValueAsString(
                    ObservationProperties.of(model.properties(), page))));
            assertThat(feature.get("geometry").get("coordinates").get(0).asDouble())
                    .isEqualTo(entity.getPublicLocation().getX(), org.assertj.core.api.Assertions.within(5e-7));
            assertThat(feature.get("geometry").get("coordinates").get(1).asDouble())
                    .isEqualTo(entity.getPublicLocation().getY(), org.assertj.core.api.Assertions.within(5e-7));
        }
        assertThat(ids).isEqualTo(expected);
    }

    private static String where(String filter) {
        if (filter.startsWith("kind=")) {
            return " AND o.kind = 'INCLUSION'";
        }
        if (filter.startsWith("country=")) {
            return " AND o.country_iso3 = 'GHA'";
        }
        if (filter.startsWith("bbox=")) {
            return " AND ST_X(o.public_location) BETWEEN -20 AND 52 AND ST_Y(o.public_location) BETWEEN -36 AND 38";
        }
        return "";
    }
}
