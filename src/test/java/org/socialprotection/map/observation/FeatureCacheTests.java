package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.springframework.util.unit.DataSize;

/** What {@link FeatureCache} keeps: one version of the atlas at a time, each language and shape apart, bounded. */
class FeatureCacheTests {

    @Test
    void aFeatureIsFoundOnlyAtItsVersionLanguageAndShape() {
        FeatureCache cache = new FeatureCache(new FeatureCacheSettings(true, DataSize.ofBytes(1 << 20)));
        cache.put("v1", Language.EN, null, Map.of(1L, "en", 2L, "en2"));
        cache.put("v1", Language.FR, null, Map.of(1L, "fr"));
        cache.put("v1", Language.FR, "https://atlas.example", Map.of(1L, "fr flat"));

        assertThat(cache.get("v1", Language.EN, null, List.of(1L, 2L, 3L))).isEqualTo(Map.of(1L, "en", 2L, "en2"));
        assertThat(cache.get("v1", Language.FR, null, List.of(1L, 2L))).isEqualTo(Map.of(1L, "fr"));
        assertThat(cache.get("v1", Language.FR, "https://atlas.example", List.of(1L))).isEqualTo(Map.of(1L, "fr flat"));
        assertThat(cache.get("v1", Language.FR, "https://other.example", List.of(1L))).isEmpty();
        assertThat(cache.get("v2", Language.EN, null, List.of(1L))).isEmpty();
    }

    @Test
    void anotherVersionEmptiesTheCache() {
        FeatureCache cache = new FeatureCache(new FeatureCacheSettings(true, DataSize.ofBytes(1 << 20)));
        cache.put("v1", Language.EN, null, Map.of(1L, "old"));
        cache.put("v2", Language.EN, null, Map.of(2L, "new"));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("v2", Language.EN, null, List.of(1L, 2L))).isEqualTo(Map.of(2L, "new"));
        // a late request of the older version takes the cache back; the newer one's next read builds again
        cache.put("v1", Language.EN, null, Map.of(1L, "old"));
        assertThat(cache.get("v2", Language.EN, null, List.of(2L))).isEmpty();
    }

    @Test
    void theFeaturesReadLeastRecentlyGoFirstOverTheBound() {
        String text = "x".repeat(1000);
        // room for four features of 1,000 Latin-1 characters (a byte each, and the entry's own)
        long room = 4 * (1000 + 96);
        FeatureCache cache = new FeatureCache(new FeatureCacheSettings(true, DataSize.ofBytes(room)));
        for (long id = 1; id <= 4; id++) {
            cache.put("v", Language.EN, null, Map.of(id, text));
        }
        cache.get("v", Language.EN, null, List.of(1L));
        cache.put("v", Language.EN, null, Map.of(5L, text));

        assertThat(cache.size()).isEqualTo(4);
        assertThat(cache.bytes()).isLessThanOrEqualTo(room);
        assertThat(cache.get("v", Language.EN, null, List.of(1L, 2L, 3L, 4L, 5L)).keySet())
                .containsExactlyInAnyOrder(1L, 3L, 4L, 5L);
        // one feature larger than a quarter of the bound is never kept
        cache.put("v", Language.EN, null, Map.of(6L, "y".repeat(1100)));
        assertThat(cache.get("v", Language.EN, null, List.of(6L))).isEmpty();
        // a Latin-1 text takes a byte a character, any other two: 600 of "é" are kept, 600 of "€" are too large
        cache.put("v", Language.EN, null, Map.of(7L, "é".repeat(600)));
        assertThat(cache.get("v", Language.EN, null, List.of(7L))).hasSize(1);
        cache.put("v", Language.EN, null, Map.of(8L, "\u20ac".repeat(600)));
        assertThat(cache.get("v", Language.EN, null, List.of(8L))).isEmpty();
    }

    @Test
    void theSameFeatureKeptTwiceIsCountedOnce() {
        FeatureCache cache = new FeatureCache(new FeatureCacheSettings(true, DataSize.ofBytes(1 << 20)));
        cache.put("v", Language.EN, null, Map.of(1L, "abc"));
        long once = cache.bytes();
        cache.put("v", Language.EN, null, Map.of(1L, "abc"));
        assertThat(cache.bytes()).isEqualTo(once);
    }
}
