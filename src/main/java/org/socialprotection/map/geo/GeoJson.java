package org.socialprotection.map.geo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** RFC 7946 documents as response records; geometries are written by {@link GeoJsonModule}. */
public final class GeoJson {

    private GeoJson() {
    }

    /** The geometry is a JTS {@link Geometry}, or a {@link RawGeoJson} the database wrote. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feature<P>(String type, Object id, Object geometry, P properties) {
        public Feature(Object id, Object geometry, P properties) {
            this("Feature", id, geometry, properties);
        }
    }

    /** numberMatched and numberReturned are foreign members, named as in OGC API Features. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeatureCollection<P>(String type, Long numberMatched, Integer numberReturned,
                                       List<Feature<P>> features) {
        public FeatureCollection(Long numberMatched, List<Feature<P>> features) {
            this("FeatureCollection", numberMatched, features.size(), features);
        }
    }
}
