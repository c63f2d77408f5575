package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.pagecache.AtlasVersion;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's clusters are counted once per state of the atlas for each zoom and filter, and a committed change is in
 * the next answer. Committed fixtures, removed after.
 */
@AtlasTest
abstract class ClusterCacheTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ClusterCache cache;
    @Autowired AtlasVersion atlas;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JsonMapper json;

    @BeforeEach
    @AfterEach
    void clean() {
        fixtures.deleteBySlug("zcc-new");
        cache.clear();
    }

    long total(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("numberMatched").asLong();
    }

    @Test
    void clustersAreCountedOncePerStateOfTheAtlasAndZoom() throws Exception {
        long before = total("/api/observations/clusters?zoom=3");
        total("/api/observations/clusters?zoom=3&kind=inclusion");
        total("/api/observations/clusters?zoom=5");
        assertThat(cache.size()).isEqualTo(3);
        assertThat(total("/api/observations/clusters?zoom=3")).isEqualTo(before);
        assertThat(cache.size()).isEqualTo(3);

        // what is kept is what is served: a kept answer of one cluster of 12345 points
        cache.put(atlas.current(), ObservationQuery.parse(new org.springframework.util.LinkedMultiValueMap<>()), 3,
                new FeatureCollection<>(12345L, List.of(new Feature<>(null, Geometries.point(0, 0),
                        new ClusterView(12345, 0, 12345, new double[] {0, 0, 0, 0}, null)))));
        assertThat(total("/api/observations/clusters?zoom=3")).isEqualTo(12345);

        // a committed publication is in the next count, at every zoom
        fixtures.observation("zcc-new", Kind.INCLUSION, -1.5, 9.5, "GHA", Privacy.EXACT, PublicationStatus.PUBLISHED);
        assertThat(total("/api/observations/clusters?zoom=3")).isEqualTo(before + 1);
        assertThat(total("/api/observations/clusters?zoom=5")).isEqualTo(before + 1);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void clustersCountedInsideATransactionAreNotKept() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                total("/api/observations/clusters?zoom=3");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(cache.size()).isZero();
    }
}
