package org.socialprotection.map.country;

import java.util.Optional;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Tells which country a point falls in, from the precise boundaries. */
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

    private final NamedParameterJdbcTemplate jdbc;

    CountryLocator(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> countryOf(Point point) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("lon", point.getX())
                .addValue("lat", point.getY())
                .addValue("tolerance", COAST_TOLERANCE_DEGREES);
        Optional<String> inside = jdbc.queryForList(CONTAINING, params, String.class).stream().findFirst();
        return inside.isPresent() ? inside : jdbc.queryForList(NEAREST, params, String.class).stream().findFirst();
    }
}
