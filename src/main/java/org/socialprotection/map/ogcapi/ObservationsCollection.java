package org.socialprotection.map.ogcapi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.geo.GeoJson;
import org.socialprotection.map.geo.StreamedFeatureCollection;
import org.socialprotection.map.observation.ObservationQuery;
import org.socialprotection.map.observation.ObservationReader;
import org.socialprotection.map.observation.ObservationView;
import org.socialprotection.map.ogcapi.Documents.Extent;
import org.socialprotection.map.ogcapi.Documents.Feature;
import org.socialprotection.map.ogcapi.Documents.Spatial;
import org.socialprotection.map.ogcapi.Documents.Temporal;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The published inclusion and exclusion observations, at their public location: the reader guarantees both. Time
 * is the observed period, known to the year: a datetime matches the observations whose period overlaps the years it
 * spans (in UTC); an observation without a period matches no datetime.
 */
@Component
@Order(1)
class ObservationsCollection implements OgcCollection {

    private final ObservationReader reader;

    ObservationsCollection(ObservationReader reader) {
        this.reader = reader;
    }

    @Override
    public String id() {
        return "observations";
    }

    @Override
    public Set<String> filters() {
        return Set.of("kind", "group", "country");
    }

    @Override
    public Extent extent() {
        ObservationReader.Extent extent = reader.extent();
        Bbox box = extent.bbox() == null ? Bbox.WORLD : extent.bbox();
        Temporal temporal = extent.firstYear() == null ? null : new Temporal(List.<String[]>of(new String[] {
                extent.firstYear() + "-01-01T00:00:00Z", extent.lastYear() + "-12-31T23:59:59Z"}), Documents.GREGORIAN);
        return new Extent(new Spatial(List.<double[]>of(new double[] {box.minLon(), box.minLat(), box.maxLon(),
                box.maxLat()}), Documents.CRS84), temporal);
    }

    @Override
    public Page items(ItemsQuery q, Language language, String site) {
        GeoJson.FeatureCollection<ObservationView> found = reader.page(query(q), language);
        return new Page(found.numberMatched(), found.features().stream().map(f -> feature(f, site)).toList());
    }

    @Override
    public Optional<StreamedFeatureCollection.Source> stream(ItemsQuery q, Language language, String site) {
        return Optional.of(reader.stream(query(q), language, site, f -> feature(f, site)));
    }

    private static ObservationQuery query(ItemsQuery q) {
        Interval time = q.datetime();
        return new ObservationQuery(q.bbox(), q.kinds(), q.groups(), Set.of(), Set.of(), q.countries(), Set.of(),
                time == null ? null : time.startYear(), time == null ? null : time.endYear(), null, q.limit(),
                q.offset());
    }

    @Override
    public Feature item(String featureId, Language language, String site) {
        if (!featureId.matches("[1-9]\\d{0,17}")) {
            throw new NotFoundException("observation", featureId);
        }
        return feature(reader.get(Long.parseLong(featureId), language), site);
    }

    private static Feature feature(GeoJson.Feature<ObservationView> f, String site) {
        return new Feature(f.id(), f.geometry(),
                ObservationProperties.of(f.properties(), site + "/observations/" + f.id()));
    }
}
