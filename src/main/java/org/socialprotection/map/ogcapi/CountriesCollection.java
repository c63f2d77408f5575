package org.socialprotection.map.ogcapi;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.CountryReader;
import org.socialprotection.map.country.CountryView;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.geo.GeoJson;
import org.socialprotection.map.ogcapi.Documents.Extent;
import org.socialprotection.map.ogcapi.Documents.Feature;
import org.socialprotection.map.ogcapi.Documents.Spatial;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every country and territory with its display boundary (the full one of /api/countries, not the simplified world
 * map layer) and counts of what is published on it. Boundaries have no time: a datetime is checked, then ignored.
 */
@Component
@Order(2)
class CountriesCollection implements OgcCollection {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final CountryReader reader;

    CountriesCollection(CountryReader reader) {
        this.reader = reader;
    }

    @Override
    public String id() {
        return "countries";
    }

    @Override
    public Set<String> filters() {
        return Set.of("country");
    }

    @Override
    public Extent extent() {
        Bbox w = Bbox.WORLD;
        return new Extent(new Spatial(List.<double[]>of(new double[] {w.minLon(), w.minLat(), w.maxLon(), w.maxLat()}),
                Documents.CRS84), null);
    }

    /* 250 boundaries, read whole and filtered here: the bbox test is an exact intersection, not of envelopes. */
    @Override
    public Page items(ItemsQuery q, Language language, String site) {
        List<GeoJson.Feature<CountryView>> matched = reader.all(language, false).features().stream()
                .filter(c -> q.countries().isEmpty() || q.countries().contains(c.properties().iso3()))
                .filter(c -> q.bbox() == null || intersects((Geometry) c.geometry(), q.bbox()))
                .toList();
        List<Feature> page = matched.stream().skip(q.offset()).limit(q.limit()).map(c -> feature(c, site)).toList();
        return new Page((long) matched.size(), page);
    }

    @Override
    public Feature item(String featureId, Language language, String site) {
        if (!featureId.matches("[A-Z]{3}")) {
            throw new NotFoundException("country", featureId);
        }
        return feature(reader.get(featureId, language), site);
    }

    private static boolean intersects(Geometry geometry, Bbox bbox) {
        return geometry != null && bbox.envelopes().stream().anyMatch(e -> geometry.intersects(FACTORY.toGeometry(e)));
    }

    private static Feature feature(GeoJson.Feature<CountryView> c, String site) {
        return new Feature(c.id(), c.geometry(), CountryProperties.of(c.properties(), site + "/countries/" + c.id()));
    }
}
