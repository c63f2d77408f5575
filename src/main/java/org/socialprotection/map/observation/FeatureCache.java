package org.socialprotection.map.observation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.springframework.stereotype.Component;

/**
 * Published features as the database wrote them (GeoJSON text, for one reader's language and one shape), kept while
 * the atlas stays at the version they were built at. Building a feature is most of a page's cost in the database (its
 * translations, its five lists, the JSON itself: about 40 ms for 1,000 features), and it changes only when something
 * is committed; finding which features a box holds is an index read of a millisecond or two. So a page asks the
 * database for its ids, takes the features it already has from here and has the others built; any box that overlaps
 * one read before, in any order of requests, reuses them.
 *
 * <p>The version is the one the page cache keys pages by ({@link org.socialprotection.map.pagecache.AtlasVersion}:
 * a row a committed transaction on every table readers see), read before the page's ids. A feature built at that
 * version or later is kept under it, and served only while the atlas is still at it: a change committed on any node
 * is in the next answer of every node. Each node keeps its own features, bounded in bytes; nothing is written to the
 * database, so a read replica serves the same way.
 */
@Component
class FeatureCache {

    /** Counted for each kept feature besides its text's characters: the key, the map's entry, the string's own. */
    private static final int OVERHEAD = 96;

    /** @param site the atlas's address in the OGC API's flat shape (each feature links its page); null for the API's */
    private record Key(long id, Language language, String site) {
    }

    private final FeatureCacheSettings settings;
    private final LinkedHashMap<Key, String> features = new LinkedHashMap<>(1024, 0.75f, true);
    private String version = "";
    private long bytes;

    FeatureCache(FeatureCacheSettings settings) {
        this.settings = settings;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** The features kept of these ids, in this language and shape, at this version of the atlas; by id. */
    synchronized Map<Long, String> get(String atVersion, Language language, String site, List<Long> ids) {
        if (!atVersion.equals(version)) {
            return Map.of();
        }
        Map<Long, String> found = new HashMap<>();
        for (Long id : ids) {
            String feature = features.get(new Key(id, language, site));
            if (feature != null) {
                found.put(id, feature);
            }
        }
        return found;
    }

    /**
     * Keeps features built at (or after) this version. Another version empties the cache first: everything kept
     * belongs to one version, and a request that read an older one and ends late only costs the next one a build.
     */
    synchronized void put(String atVersion, Language language, String site, Map<Long, String> built) {
        if (!atVersion.equals(version)) {
            clear();
            version = atVersion;
        }
        for (Map.Entry<Long, String> feature : built.entrySet()) {
            long size = size(feature.getValue());
            if (size > settings.maxBytes().toBytes() / 4) {
                continue;
            }
            String old = features.put(new Key(feature.getKey(), language, site), feature.getValue());
            bytes += size - (old == null ? 0 : size(old));
        }
        var eldest = features.values().iterator();
        while (bytes > settings.maxBytes().toBytes() && eldest.hasNext()) {
            bytes -= size(eldest.next());
            eldest.remove();
        }
    }

    synchronized int size() {
        return features.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized void clear() {
        features.clear();
        bytes = 0;
    }

    /** A text of Latin-1 characters only is held at a byte a character (compact strings), else at two. */
    private static long size(String feature) {
        boolean wide = feature.chars().anyMatch(c -> c > 0xFF);
        return feature.length() * (wide ? 2L : 1L) + OVERHEAD;
    }
}
