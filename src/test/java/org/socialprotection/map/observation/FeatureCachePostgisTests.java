package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.pagecache.AtlasVersion;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.support.PostgisTest;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The features the read API and the OGC API keep between requests (PostgreSQL, where the database writes them): a
 * page made of kept and built features is the page built afresh, a committed change of anything a feature shows is in
 * the next answer, and languages and shapes are kept apart. Committed fixtures, away from the demo atlas, removed after.
 */
@AtlasTest
@PostgisTest
class FeatureCachePostgisTests {

    /** Six fixtures in a row near Tamale; the inner box holds the middle two. */
    static final String ALL = "bbox=-1.6,9.4,-1.4,9.6";
    static final String INNER = "bbox=-1.485,9.4,-1.465,9.6";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired FeatureCache cache;
    @Autowired AtlasVersion atlas;
    @Autowired JdbcTemplate jdbc;
    @Autowired Observations observations;
    @Autowired Schemes schemes;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JsonMapper json;

    final List<Observation> points = new ArrayList<>();
    Scheme scheme;

    @BeforeEach
    void sixPoints() {
        scheme = fixtures.scheme("zfc-scheme", "GHA", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
        for (int i = 0; i < 6; i++) {
            Observation o = fixtures.observation("zfc-" + i, Kind.INCLUSION, -1.5 + i * 0.01, 9.5, "GHA",
                    Privacy.EXACT, PublicationStatus.PUBLISHED);
            points.add(o);
        }
        jdbc.update("INSERT INTO observation_scheme (observation_id, scheme_id) VALUES (?, ?)", points.get(4).getId(),
                scheme.getId());
        cache.clear();
    }

    @AfterEach
    void remove() {
        for (Observation o : points) {
            jdbc.update("DELETE FROM translation WHERE record_type = 'observations' AND record_id = ?", o.getId());
            fixtures.delete(o);
        }
        schemes.deleteById(scheme.getId());
        cache.clear();
    }

    String read(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPageOfKeptAndBuiltFeaturesIsThePageBuiltAfresh() throws Exception {
        String inner = read("/api/observations?" + INNER);
        assertThat(json.readTree(inner).get("features")).hasSize(2);
        assertThat(cache.size()).isEqualTo(2);

        // the middle two are kept, the four around them are built: merged in the order of their ids
        String merged = read("/api/observations?" + ALL);
        assertThat(cache.size()).isEqualTo(6);
        cache.clear();
        String afresh = read("/api/observations?" + ALL);
        assertThat(merged).isEqualTo(afresh);
        assertThat(ids(merged)).containsExactlyElementsOf(points.stream().map(Observation::getId).toList());
        // and all from the kept features
        assertThat(read("/api/observations?" + ALL)).isEqualTo(afresh);
        assertThat(read("/api/observations?" + ALL + "&limit=2&offset=3")).isEqualTo(
                afreshPage("/api/observations?" + ALL + "&limit=2&offset=3"));
    }

    @Test
    void aKeptFeatureIsServedOnlyWhileTheAtlasIsAtItsVersion() throws Exception {
        read("/api/observations?" + ALL);
        Observation first = points.get(0);
        // what is kept is what is served: put a mark in place of the first feature
        cache.put(atlas.current(), Language.EN, null, Map.of(first.getId(),
                "{\"type\":\"Feature\",\"id\":" + first.getId() + ",\"kept\":true}"));
        assertThat(read("/api/observations?" + ALL)).contains("\"kept\":true");

        // any committed change of what readers see moves the atlas on: here, another record's title
        jdbc.update("UPDATE observation SET title = 'A new title' WHERE id = ?", points.get(1).getId());
        String after = read("/api/observations?" + ALL);
        assertThat(after).doesNotContain("\"kept\":true").contains("A new title");
    }

    @Test
    void aCommittedChangeOfATranslationASchemeOrAStatusIsInTheNextAnswer() throws Exception {
        long id = points.get(4).getId();
        read("/api/observations?" + ALL + "&lang=fr");
        read("/ogcapi/collections/observations/items?f=json&" + ALL + "&lang=fr");

        jdbc.update("""
                INSERT INTO translation (record_type, record_id, field, language, published_text, status, version)
                VALUES ('observations', ?, 'title', 'fr', 'Un titre traduit', 'PUBLISHED', 0)""", id);
        assertThat(feature(read("/api/observations?" + ALL + "&lang=fr"), id).at("/properties/title").asString())
                .isEqualTo("Un titre traduit");
        assertThat(feature(read("/ogcapi/collections/observations/items?f=json&" + ALL + "&lang=fr"), id)
                .at("/properties/title").asString()).isEqualTo("Un titre traduit");

        jdbc.update("UPDATE scheme SET name_fr = 'Un régime renommé' WHERE id = ?", scheme.getId());
        assertThat(feature(read("/api/observations?" + ALL + "&lang=fr"), id).at("/properties/schemes/0/name")
                .asString()).isEqualTo("Un régime renommé");
        jdbc.update("UPDATE scheme SET status = 'DRAFT' WHERE id = ?", scheme.getId());
        assertThat(feature(read("/api/observations?" + ALL + "&lang=fr"), id).at("/properties/schemes")).isEmpty();

        jdbc.update("UPDATE observation SET status = 'DRAFT' WHERE id = ?", id);
        assertThat(ids(read("/api/observations?" + ALL + "&lang=fr"))).doesNotContain(id).hasSize(5);
    }

    @Test
    void languagesAndShapesAreKeptApart() throws Exception {
        long id = points.get(2).getId();
        jdbc.update("""
                INSERT INTO translation (record_type, record_id, field, language, published_text, status, version)
                VALUES ('observations', ?, 'title', 'es', 'Un título', 'PUBLISHED', 0)""", id);
        String en = read("/api/observations?" + ALL + "&lang=en");
        String es = read("/api/observations?" + ALL + "&lang=es");
        String flat = read("/ogcapi/collections/observations/items?f=json&" + ALL + "&lang=es");
        assertThat(cache.size()).isEqualTo(18);

        assertThat(feature(read("/api/observations?" + ALL + "&lang=en"), id).at("/properties/title").asString())
                .isEqualTo(points.get(2).getTitle());
        assertThat(read("/api/observations?" + ALL + "&lang=en")).isEqualTo(en);
        assertThat(read("/api/observations?" + ALL + "&lang=es")).isEqualTo(es);
        assertThat(feature(es, id).at("/properties/title").asString()).isEqualTo("Un título");
        JsonNode flatFeature = feature(read("/ogcapi/collections/observations/items?f=json&" + ALL + "&lang=es"), id);
        assertThat(flatFeature.at("/properties/groups").isString()).isTrue();
        assertThat(flatFeature.at("/properties/page").asString()).endsWith("/observations/" + id);
        assertThat(feature(flat, id)).isEqualTo(flatFeature);
    }

    @Test
    void aReadInsideATransactionKeepsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                read("/api/observations?" + ALL);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(cache.size()).isZero();
    }

    private String afreshPage(String url) throws Exception {
        cache.clear();
        String page = read(url);
        cache.clear();
        return page;
    }

    private List<Long> ids(String body) {
        List<Long> ids = new ArrayList<>();
        json.readTree(body).get("features").forEach(f -> ids.add(f.get("id").asLong()));
        return ids;
    }

    private JsonNode feature(String body, long id) {
        for (JsonNode f : json.readTree(body).get("features")) {
            if (f.get("id").asLong() == id) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id + " in " + body);
    }
}
