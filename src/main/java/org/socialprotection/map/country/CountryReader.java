package org.socialprotection.map.country;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.CountryView.Counts;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.pagecache.AtlasVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Countries with their display geometry and the counts of what the atlas holds on each. */
@Service
@Transactional(readOnly = true)
public class CountryReader {

    private final Countries countries;
    private final JdbcTemplate jdbc;
    private final CountryIndicators indicators;
    private final Map<String, Geometry> lowDetail = new ConcurrentHashMap<>();
    private final AtlasVersion atlas;
    private volatile KeptCounts kept;

    static final double LOW_DETAIL_TOLERANCE = 0.1;
    static final double LOW_DETAIL_MIN_AREA = 0.01;
    static final PrecisionModel LOW_DETAIL_PRECISION = new PrecisionModel(100);

    CountryReader(Countries countries, JdbcTemplate jdbc, CountryIndicators indicators, AtlasVersion atlas) {
        this.countries = countries;
        this.atlas = atlas;
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    public FeatureCollection<CountryView> all(Language language, boolean lowDetail) {
        Map<String, Counts> counts = counts();
        List<Feature<CountryView>> features = countries.summaries().stream()
                .map(c -> new Feature<>(c.iso3(), lowDetail ? lowDetail(c) : c.displayGeometry(),
                        CountryView.of(c, language, counts.getOrDefault(c.iso3(), Counts.NONE), null)))
                .toList();
        return new FeatureCollection<>((long) features.size(), features);
    }

    /** Every country without geometry, with its counts: the countries index. */
    public List<CountryView> index(Language language) {
        Map<String, Counts> counts = counts();
        return countries.summaries().stream()
                .map(c -> CountryView.of(c, language, counts.getOrDefault(c.iso3(), Counts.NONE), null)).toList();
    }

    public Feature<CountryView> get(String iso3, Language language) {
        String code = iso3.toUpperCase();
        Country c = countries.findById(code).orElseThrow(() -> new NotFoundException("country", iso3));
        CountrySummary summary = new CountrySummary(c.getIso3(), c.getIso2(), c.getNumericCode(), c.getNameEn(),
                c.getNameFr(), c.getNameEs(), c.getRegion(), c.getSubregion(), c.getDisplayGeometry(),
                c.getLabelPoint());
        return new Feature<>(code, c.getDisplayGeometry(), CountryView.of(summary, language,
                counts().getOrDefault(code, Counts.NONE), indicators.ofCountry(code)));
    }

    /*
     * The world map's first view needs far less than the display geometry: without islets under about 100 km2
     * (a country keeps at least its largest part), simplified to 0.1 degree and kept to two decimals, the layer
     * weighs about 95 KB compressed instead of 230 KB. Boundaries are reference data, so it is computed once.
     */
    private Geometry lowDetail(CountrySummary country) {
        return lowDetail.computeIfAbsent(country.iso3(), iso3 -> {
            MultiPolygon display = country.displayGeometry();
            if (display == null) {
                return null;
            }
            List<Polygon> parts = new ArrayList<>();
            Polygon largest = null;
            for (int i = 0; i < display.getNumGeometries(); i++) {
                Polygon part = (Polygon) display.getGeometryN(i);
                if (largest == null || part.getArea() > largest.getArea()) {
                    largest = part;
                }
                if (part.getArea() >= LOW_DETAIL_MIN_AREA) {
                    parts.add(part);
                }
            }
            if (parts.isEmpty()) {
                parts.add(largest);
            }
            Geometry kept = display.getFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
            Geometry simplified = TopologyPreservingSimplifier.simplify(kept, LOW_DETAIL_TOLERANCE);
            Geometry reduced = GeometryPrecisionReducer.reduce(simplified, LOW_DETAIL_PRECISION);
            return reduced.isEmpty() ? display : reduced;
        });
    }

    /**
     * The counts of every country, counted once per committed change of the atlas: they group every published
     * observation (36 ms at 100,000 points, ten times that at 1,000,000), and the country layer, the countries index
     * and each country page ask for them. The version is read before the count, so counts that include a change
     * committed meanwhile are kept under the older version and counted again on the next read. A read-write
     * transaction counts for itself: it may see its own uncommitted writes.
     */
    private Map<String, Counts> counts() {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return count();
        }
        String version = atlas.current();
        KeptCounts held = kept;
        if (held != null && held.version().equals(version)) {
            return held.counts();
        }
        Map<String, Counts> counts = count();
        kept = new KeptCounts(version, counts);
        return counts;
    }

    private record KeptCounts(String version, Map<String, Counts> counts) {
    }

    private Map<String, Counts> count() {
        Map<String, long[]> tally = new HashMap<>();
        jdbc.query(CountryQueries.SCHEME_COUNTS, rs -> {
            tally.computeIfAbsent(rs.getString(1), k -> new long[3])[0] = rs.getLong(2);
        });
        jdbc.query(CountryQueries.OBSERVATION_COUNTS, rs -> {
            int slot = "INCLUSION".equals(rs.getString(2)) ? 1 : 2;
            tally.computeIfAbsent(rs.getString(1), k -> new long[3])[slot] = rs.getLong(3);
        });
        Map<String, Counts> counts = new HashMap<>();
        tally.forEach((iso3, t) -> counts.put(iso3, new Counts(t[0], t[1], t[2])));
        return Collections.unmodifiableMap(counts);
    }
}
