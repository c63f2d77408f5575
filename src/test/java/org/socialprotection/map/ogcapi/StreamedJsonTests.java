package org.socialprotection.map.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.GeoJson;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationQuery;
import org.socialprotection.map.observation.ObservationReader;
import org.socialprotection.map.observation.ObservationView;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read API's list and the OGC API's items are written as the rows come (on PostgreSQL, each feature built by the
 * database): for a varied set of records (translations published, in draft, out of date or blank, an original in
 * French, schemes published and in draft, names missing, sources with and without address or date, no period, no
 * update time, updates to the second, millisecond and microsecond), in each language, the JSON must be the JSON the
 * Java path ({@link ObservationReader#page}, {@link ObservationProperties}) writes for the same page, member for member.
 */
@AtlasTest
@Transactional
abstract class StreamedJsonTests {

    /** A box far from the demo atlas's points, in Ghana: the fixtures alone. */
    static final String BOX = "bbox=-1.6,9.4,-1.4,9.6";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;
    @Autowired Schemes schemes;
    @Autowired ObservationReader reader;
    @Autowired ObservationsCollection collection;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    @BeforeEach
    void varied() {
        Scheme named = fixtures.scheme("zs-named", "GHA", Branch.MEDICAL_CARE, PublicationStatus.PUBLISHED);
        named.setNames("Named scheme", "Régime nommé", "  ");
        named.setAcronym("NS");
        Scheme official = fixtures.scheme("zs-official", "GHA", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
        Scheme draft = fixtures.scheme("zs-draft", "GHA", Branch.OLD_AGE, PublicationStatus.DRAFT);
        schemes.saveAndFlush(named);

        Observation full = fixtures.observation("zj-full", Kind.INCLUSION, -1.5, 9.5, "GHA", Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        full.setNarrative("A narrative in English");
        full.setPlaceName("Tamale, the market");
        full.getGroups().addAll(List.of(WorkerGroup.values()[WorkerGroup.values().length - 1],
                WorkerGroup.values()[0]));
        full.getComponents().addAll(List.of(Component.values()));
        full.getBranches().addAll(List.of(Branch.OLD_AGE, Branch.MEDICAL_CARE));
        full.getSchemes().addAll(List.of(official, named, draft));
        full.getSources().add(new Source("A report", null, null));
        full.getSources().add(new Source("Another report", "https://example.org/another", LocalDate.of(2024, 3, 9)));
        full.setObserved(PartialDate.parse("2019-05"), PartialDate.parse("2021"));
        observations.saveAndFlush(full);

        Observation french = fixtures.observation("zj-french", Kind.EXCLUSION, -1.51, 9.51, "GHA", Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        french.setOriginalLanguage(Language.FR);
        french.setTitle("Un titre en français");
        french.getGroups().clear();
        french.getSources().clear();
        observations.saveAndFlush(french);

        Observation blank = fixtures.observation("zj-blank", Kind.INCLUSION, -1.52, 9.52, "GHA", Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        blank.setNarrative("   ");
        blank.setPlaceName("Bolgatanga");
        blank.getSchemes().add(draft);
        observations.saveAndFlush(blank);

        Observation plain = fixtures.observation("zj-plain", Kind.EXCLUSION, -1.53, 9.53, "GHA", Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        fixtures.observation("zj-draft", Kind.EXCLUSION, -1.54, 9.54, "GHA", Privacy.EXACT, PublicationStatus.DRAFT);

        // full: French title and place published, a French narrative in draft, a Spanish title whose original has
        // changed since (still shown), a Spanish place blank; an English row for an English original is ignored
        translation(full, "title", "fr", "DRAFT", "Titre, nouvelle version", "Le titre en français");
        translation(full, "placeName", "fr", "PUBLISHED", null, "Tamale, le marché");
        translation(full, "narrative", "fr", "DRAFT", "Un récit en cours", null);
        translation(full, "title", "es", "PUBLISHED", null, "El título en español");
        translation(full, "placeName", "es", "PUBLISHED", null, " ");
        translation(full, "title", "en", "PUBLISHED", null, "Ignored: the original is English");
        // french: an English title; Spanish only in draft; a French row (its original's language) is ignored
        translation(french, "title", "en", "PUBLISHED", null, "A title in English");
        translation(french, "title", "es", "DRAFT", "Un título", null);
        translation(french, "title", "fr", "PUBLISHED", null, "Ignoré");
        // blank: only its (blank) narrative translated, into Spanish
        translation(blank, "narrative", "es", "PUBLISHED", null, "Un relato");

        updatedAt(full, "2024-01-02 03:04:05+00:00");
        updatedAt(french, "2024-01-02 03:04:05.12+00:00");
        updatedAt(blank, "2024-01-02 03:04:05.123456+00:00");
        jdbc.update("UPDATE observation SET updated_at = NULL WHERE id = ?", plain.getId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            BOX + " | en", BOX + " | fr", BOX + " | es",
            BOX + "&limit=2&offset=1 | fr", BOX + "&limit=2 | es", BOX + "&kind=exclusion | fr",
            "limit=1000 | fr", "limit=1000 | es", "country=GHA&limit=5&offset=2 | en"})
    void theReadApiWritesWhatTheJavaPathWrites(String filters, String lang) throws Exception {
        JsonNode streamed = json.readTree(mvc.perform(get("/api/observations?" + filters + "&lang=" + lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        GeoJson.FeatureCollection<ObservationView> page = reader.page(ObservationQuery.parse(params(filters)),
                Language.of(lang).orElseThrow());
        JsonNode expected = json.readTree(json.writeValueAsString(page));

        assertThat(streamed.get("features").size()).isEqualTo(page.features().size());
        assertThat(streamed).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            BOX + " | en", BOX + " | fr", BOX + " | es",
            BOX + "&limit=2&offset=1 | fr", BOX + "&limit=2 | es", BOX + "&kind=exclusion | fr",
            "limit=1000 | fr", "limit=1000 | es", "country=GHA&limit=5&offset=2 | en"})
    void theOgcItemsAreWhatTheJavaPathWrites(String filters, String lang) throws Exception {
        JsonNode streamed = json.readTree(mvc.perform(get("/ogcapi/collections/observations/items?f=json&"
                        + filters + "&lang=" + lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        ItemsQuery query = ItemsQuery.parse(params(filters), collection.filters());
        OgcCollection.Page page = collection.items(query, Language.of(lang).orElseThrow(), "http://localhost");
        JsonNode features = json.readTree(json.writeValueAsString(page.features()));

        assertThat(streamed.get("features").size()).isEqualTo(page.features().size());
        assertThat(streamed.get("features")).isEqualTo(features);
        assertThat(streamed.get("numberReturned").asInt()).isEqualTo(page.features().size());
        assertThat(streamed.path("numberMatched").isMissingNode() ? null : streamed.get("numberMatched").asLong())
                .isEqualTo(page.numberMatched());
        assertThat(streamed.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(streamed.get("timeStamp").asString()).isNotBlank();
        List<String> rels = new ArrayList<>();
        streamed.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        List<String> expectedRels = new ArrayList<>(List.of("self", "alternate"));
        int returned = page.features().size();
        if (page.numberMatched() == null ? returned == query.limit()
                : query.offset() + returned < page.numberMatched()) {
            expectedRels.add("next");
        }
        if (query.offset() > 0) {
            expectedRels.add("prev");
        }
        expectedRels.add("collection");
        assertThat(rels).isEqualTo(expectedRels);
    }

    /** Written as it is read: what depends on the number of features follows them, on both routes. */
    @ParameterizedTest
    @CsvSource({"/api/observations?limit=2", "/ogcapi/collections/observations/items?f=json&limit=2"})
    void theCountsAndLinksFollowTheFeatures(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(body.indexOf("\"numberReturned\"")).isGreaterThan(body.lastIndexOf("\"Feature\""));
        assertThat(body.indexOf("\"numberMatched\"")).isGreaterThan(body.lastIndexOf("\"Feature\""));
        assertThat(json.readTree(body).get("features").size()).isEqualTo(2);
    }

    /** The varied set is what the cases above say it is (a fixture that went wrong would compare nothing). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr", "es"})
    void theSetIsVaried(String lang) throws Exception {
        JsonNode streamed = json.readTree(mvc.perform(get("/api/observations?" + BOX + "&lang=" + lang))
                .andReturn().getResponse().getContentAsString());
        assertThat(streamed.get("numberReturned").asInt()).isEqualTo(4);
        ObjectNode full = (ObjectNode) streamed.get("features").get(0).get("properties");
        if (lang.equals("fr")) {
            assertThat(full.get("title").asString()).isEqualTo("Le titre en français");
            assertThat(full.get("placeNameLanguage").asString()).isEqualTo("fr");
            assertThat(full.get("narrativeLanguage").asString()).isEqualTo("en");
            assertThat(full.get("schemes").toString()).contains("Régime nommé").doesNotContain("zs-draft");
        } else {
            assertThat(full.get("title").asString()).isEqualTo("El título en español");
            assertThat(full.get("placeName").asString()).isEqualTo("Tamale, the market");
            assertThat(full.get("schemes").toString()).contains("Named scheme");
        }
        assertThat(full.get("languages").toString()).isEqualTo("[\"en\",\"fr\",\"es\"]");
        assertThat(full.get("updatedAt").asString()).isEqualTo("2024-01-02T03:04:05Z");
        JsonNode french = streamed.get("features").get(1).get("properties");
        assertThat(french.get("originalLanguage").asString()).isEqualTo("fr");
        assertThat(french.has("narrative")).isFalse();
        assertThat(french.get("updatedAt").asString()).isEqualTo("2024-01-02T03:04:05.120Z");
        JsonNode blank = streamed.get("features").get(2).get("properties");
        assertThat(blank.has("narrativeLanguage")).isFalse();
        assertThat(blank.get("languages").toString()).isEqualTo("[\"en\",\"es\"]");
        assertThat(blank.get("updatedAt").asString()).isEqualTo("2024-01-02T03:04:05.123456Z");
        assertThat(streamed.get("features").get(3).get("properties").has("updatedAt")).isFalse();
    }

    private void translation(Observation o, String field, String language, String status, String working,
                             String published) {
        jdbc.update("""
                INSERT INTO translation (record_type, record_id, field, language, working_text, published_text,
                                         status, version)
                VALUES ('observations', ?, ?, ?, ?, ?, ?, 0)""", o.getId(), field, language, working, published,
                status);
    }

    private void updatedAt(Observation o, String timestamp) {
        jdbc.update("UPDATE observation SET updated_at = CAST(? AS TIMESTAMP WITH TIME ZONE) WHERE id = ?",
                timestamp, o.getId());
    }

    private static MultiValueMap<String, String> params(String filters) {
        return UriComponentsBuilder.fromUriString("/?" + filters).build().getQueryParams();
    }
}
