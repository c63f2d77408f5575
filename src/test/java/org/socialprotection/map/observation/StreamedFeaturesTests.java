package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The list API writes flat rows and the database's GeoJSON, without entities: each feature must still be what the
 * entity model ({@link ObservationView#feature}) gives for the same record, and the page and its numberMatched what
 * the paged entity read gives, for several filters and languages.
 */
@AtlasTest
@Transactional
abstract class StreamedFeaturesTests {

    @Autowired MockMvc mvc;
    @Autowired Observations observations;
    @Autowired ObservationReader reader;
    @Autowired ObservationTexts texts;
    @Autowired JsonMapper json;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit=1000 | en",
            "country=GHA | fr",
            "kind=exclusion&limit=7&offset=3 | es",
            "bbox=-20,-36,52,38&limit=10 | fr",
            "group=street_vendors&from=2010&to=2030 | es",
            "branch=medical_care&kind=inclusion | en",
            "q=market&limit=3 | fr"})
    void listEqualsTheEntityModel(String filters, String lang) throws Exception {
        String body = mvc.perform(get("/api/observations?" + filters + "&lang=" + lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode actual = json.readTree(body);
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/?" + filters).build()
                .getQueryParams();
        ObservationQuery query = ObservationQuery.parse(params);
        List<Long> expectedIds = new ArrayList<>();
        jdbcIds(query, expectedIds);
        long matched = reader.find(query, Language.EN).numberMatched();

        assertThat(actual.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(actual.get("numberMatched").asLong()).isEqualTo(matched);
        assertThat(actual.get("numberReturned").asInt()).isEqualTo(expectedIds.size());
        List<Long> ids = new ArrayList<>();
        actual.get("features").forEach(f -> ids.add(f.get("id").asLong()));
        assertThat(ids).isEqualTo(expectedIds);
        Language language = Language.of(lang).orElseThrow();
        for (JsonNode feature : actual.get("features")) {
            Observation entity = observations.findById(feature.get("id").asLong()).orElseThrow();
            // through text, as a client reads it: a tree built from objects keeps long and int nodes apart
            JsonNode expected = json.readTree(json.writeValueAsString(ObservationView.feature(entity,
                    texts.of(entity), language, null, false)));
            assertSameGeometry(feature.get("geometry"), expected.get("geometry"));
            assertThat(withoutGeometry(feature)).isEqualTo(withoutGeometry(expected));
        }
    }

    /** The ids of the page as the entity read picked them before (its SQL is unchanged). */
    private void jdbcIds(ObservationQuery query, List<Long> into) {
        reader.find(query, Language.EN).features().forEach(f -> into.add((Long) f.id()));
    }

    private static void assertSameGeometry(JsonNode actual, JsonNode expected) {
        assertThat(actual.get("type").asString()).isEqualTo(expected.get("type").asString());
        assertThat(actual.get("coordinates").size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(actual.get("coordinates").get(i).asDouble())
                    .isEqualTo(expected.get("coordinates").get(i).asDouble());
        }
    }

    private static JsonNode withoutGeometry(JsonNode feature) {
        ObjectNode copy = (ObjectNode) feature.deepCopy();
        copy.remove("geometry");
        return copy;
    }
}
