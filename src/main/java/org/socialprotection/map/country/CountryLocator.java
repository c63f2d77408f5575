package org.socialprotection.map.country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells which country a point falls in, from the precise boundaries. Boundaries are reference data loaded once, so
 * they are also kept in memory in an R-tree of prepared geometries: a bulk import places thousands of points, and
 * answering each from the database would dominate its time. The database query stays, and tests keep both in step.
 * A point at sea is in no country: the boundaries reach offshore (territorial waters, generous shapes around
 * islands), so both answers first ask the {@link LandMask} whether the point is on land.
 */
@Service
public class CountryLocator {

    /*
     * && lets both PostGIS and H2GIS use their spatial index (H2 only uses it for that operator); the exact test
     * follows. The boundaries are split at the antimeridian when they are built, so planar tests are right.
     */
    private static final String CONTAINING = """
            SELECT iso3 FROM country
            WHERE boundary && ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)
              AND ST_Intersects(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
            ORDER BY iso3""";

    /* A point on a beach or a quay can fall a little outside a generalised coastline: take the nearest country. */
    private static final String NEAREST = """
            SELECT iso3 FROM country
            WHERE boundary && ST_Expand(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :tolerance)
              AND ST_DWithin(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :tolerance)
            ORDER BY ST_Distance(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)), iso3""";

    /** About 5.5 km at the equator. */
    static final double COAST_TOLERANCE_DEGREES = 0.05;

    private record Boundary(String iso3, Geometry geometry, PreparedGeometry prepared) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Countries countries;
    private final LandMask land;
    private volatile STRtree index;
    private volatile Set<String> codes;

    CountryLocator(NamedParameterJdbcTemplate jdbc, Countries countries, LandMask land) {
        this.jdbc = jdbc;
        this.countries = countries;
        this.land = land;
    }

    /** Whether a point is on land or near enough to the coast to be a place on the shore. */
    public boolean isOnLand(Point point) {
        return land.onLand(point);
    }

    /** The country of a point on land, from the boundaries held in memory; empty at sea. */
    @Transactional(readOnly = true)
    public Optional<String> countryOf(Point point) {
        if (!land.onLand(point)) {
            return Optional.empty();
        }
        STRtree tree = index();
        if (tree == null) {
            return countryOfInDatabase(point);
        }
        @SuppressWarnings("unchecked")
        List<Boundary> candidates = tree.query(point.getEnvelopeInternal());
        Optional<String> inside = candidates.stream().filter(b -> b.prepared().intersects(point)).map(Boundary::iso3)
                .sorted().findFirst();
        if (inside.isPresent()) {
            return inside;
        }
        Envelope near = point.getEnvelopeInternal();
        near.expandBy(COAST_TOLERANCE_DEGREES);
        @SuppressWarnings("unchecked")
        List<Boundary> nearby = tree.query(near);
        return nearby.stream().filter(b -> b.geometry().isWithinDistance(point, COAST_TOLERANCE_DEGREES))
                .min(Comparator.<Boundary>comparingDouble(b -> b.geometry().distance(point))
                        .thenComparing(Boundary::iso3))
                .map(Boundary::iso3);
    }

    /** The same answer from the database's spatial query (the land mask is in memory only). */
    public Optional<String> countryOfInDatabase(Point point) {
        if (!land.onLand(point)) {
            return Optional.empty();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("lon", point.getX())
                .addValue("lat", point.getY())
                .addValue("tolerance", COAST_TOLERANCE_DEGREES);
        Optional<String> inside = jdbc.queryForList(CONTAINING, params, String.class).stream().findFirst();
        return inside.isPresent() ? inside : jdbc.queryForList(NEAREST, params, String.class).stream().findFirst();
    }

    /** Whether a country code is one of the atlas's countries, asked of memory like {@link #countryOf}. */
    @Transactional(readOnly = true)
    public boolean isCountry(String iso3) {
        return index() == null ? countries.existsById(iso3) : codes.contains(iso3);
    }

    /** Built at first use once boundaries exist; an empty table (before the first start's load) is not cached. */
    private STRtree index() {
        STRtree tree = index;
        if (tree == null) {
            synchronized (this) {
                tree = index;
                if (tree == null) {
                    List<Boundary> boundaries = new ArrayList<>();
                    Set<String> known = new HashSet<>();
                    for (Country country : countries.findAll()) {
                        known.add(country.getIso3());
                        Geometry boundary = country.getBoundary();
                        if (boundary != null) {
                            boundaries.add(new Boundary(country.getIso3(), boundary,
                                    PreparedGeometryFactory.prepare(boundary)));
                        }
                    }
                    if (boundaries.isEmpty()) {
                        return null;
                    }
                    tree = new STRtree();
                    for (Boundary b : boundaries) {
                        tree.insert(b.geometry().getEnvelopeInternal(), b);
                    }
                    tree.build();
                    codes = Set.copyOf(known);
                    index = tree;
                }
            }
        }
        return tree;
    }
}
