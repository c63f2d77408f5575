package org.socialprotection.map.observation;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The place names of published observations, for the place search: a market one researcher placed is found by
 * the next even where GeoNames does not know it. Only observations published with {@link Privacy#EXACT} count:
 * their public point is the point itself, so offering it places nothing that the public map does not show, and
 * a coarsened point (up to 11 km off) would place the next observation in the wrong street.
 */
@Service
public class PublishedPlaces {

    /** A named place as the atlas shows it; {@code market} when the observation says the place is a market. */
    public record Named(String name, double lat, double lon, String country, boolean market, int observations) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    PublishedPlaces(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Names that start with the text, or have a word that does ("makola" finds "Accra, Makola Market"), ignoring
     * case; one row per name, country and 0.01-degree cell, the most observed first.
     */
    @Transactional(readOnly = true)
    public List<Named> matching(String text, String iso3OrNull, int limit) {
        String like = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        if (like.isEmpty() || limit < 1) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("start", like + "%").addValue("word", "% " + like + "%")
                .addValue("comma", "%," + like + "%").addValue("limit", limit)
                .addValue("published", "PUBLISHED").addValue("exact", Privacy.EXACT.name())
                .addValue("market", PlaceType.MARKET.name());
        String country = "";
        if (iso3OrNull != null) {
            country = " AND o.country_iso3 = :country";
            params.addValue("country", iso3OrNull);
        }
        return jdbc.query(ObservationQueries.PUBLISHED_PLACES.replace("/*country*/", country), params,
                (rs, row) -> new Named(rs.getString("place_name"), rs.getDouble("lat"), rs.getDouble("lon"),
                        rs.getString("country_iso3"), rs.getInt("markets") > 0, rs.getInt("n")));
    }
}
