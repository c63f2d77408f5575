package org.socialprotection.map.observation;

import java.util.LinkedHashMap;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.springframework.stereotype.Component;

/**
 * The map's clusters for each zoom and filter, kept while the atlas stays at the version they were counted at (as
 * {@link FeatureCache} keeps features). Unlike a box, the clusters a map asks for are few: one answer per zoom level
 * up to the cluster zoom for each set of filters, the whole world each time. Counting them reads every published
 * point (80 ms at 100,000 points, 345 ms at 1,000,000), so they are counted once per change of the atlas, not once
 * per reader.
 */
@Component
class ClusterCache {

    /** Answers kept at most: each zoom level of the map for a good number of filter combinations. */
    static final int MAX_ANSWERS = 128;

    private record Key(ObservationQuery query, int zoom) {
    }

    private final LinkedHashMap<Key, FeatureCollection<ClusterView>> answers = new LinkedHashMap<>(64, 0.75f, true);
    private String version = "";

    /** The clusters kept for these filters and zoom at this version of the atlas, else null. */
    synchronized FeatureCollection<ClusterView> get(String atVersion, ObservationQuery query, int zoom) {
        return atVersion.equals(version) ? answers.get(new Key(query, zoom)) : null;
    }

    /** Keeps clusters counted at (or after) this version; another version empties what is kept first. */
    synchronized void put(String atVersion, ObservationQuery query, int zoom, FeatureCollection<ClusterView> clusters) {
        if (!atVersion.equals(version)) {
            answers.clear();
            version = atVersion;
        }
        answers.put(new Key(query, zoom), clusters);
        var eldest = answers.keySet().iterator();
        while (answers.size() > MAX_ANSWERS && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    synchronized int size() {
        return answers.size();
    }

    synchronized void clear() {
        answers.clear();
    }
}
