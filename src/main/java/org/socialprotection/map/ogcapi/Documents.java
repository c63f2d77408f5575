package org.socialprotection.map.ogcapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** The response documents of OGC API - Features Part 1, as records; geometries are written by the GeoJSON module. */
final class Documents {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    private Documents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(String href, String rel, String type, String title) {
    }

    record LandingPage(String title, String description, List<Link> links) {
    }

    record Conformance(List<String> conformsTo) {
    }

    record Collections(List<Link> links, List<Collection> collections) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Collection(String id, String title, String description, List<Link> links, Extent extent,
                      String itemType, List<String> crs, String storageCrs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Extent(Spatial spatial, Temporal temporal) {
    }

    /** Boxes are minLon, minLat, maxLon, maxLat. */
    record Spatial(List<double[]> bbox, String crs) {
    }

    /** Intervals are [start, end], RFC 3339 instants, null for an open end. */
    record Temporal(List<String[]> interval, String trs) {
    }

    /** One page of the features matching a query. */
    /** numberMatched is null (left out) where counting every match would cost more than the page. */
    record FeatureCollection(String type, @JsonInclude(JsonInclude.Include.NON_NULL) Long numberMatched,
                             int numberReturned, String timeStamp, List<Link> links, List<Feature> features) {
        FeatureCollection(Long numberMatched, String timeStamp, List<Link> links, List<Feature> features) {
            this("FeatureCollection", numberMatched, features.size(), timeStamp, links, features);
        }
    }

    /**
     * A feature; links only when it is the document itself, not a member of a collection. The geometry is a JTS
     * {@link Geometry} or the database's own GeoJSON ({@link org.socialprotection.map.geo.RawGeoJson}).
     */
    record Feature(String type, Object id, Object geometry, Object properties,
                   @JsonInclude(JsonInclude.Include.NON_NULL) List<Link> links) {
        Feature(Object id, Object geometry, Object properties) {
            this("Feature", id, geometry, properties, null);
        }

        Feature withLinks(List<Link> links) {
            return new Feature(type, id, geometry, properties, links);
        }
    }
}
