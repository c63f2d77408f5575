package org.socialprotection.map.geo;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The one place that knows whether the atlas runs on PostGIS or H2GIS, for the few statements that must differ.
 * Everything else is written in SQL both understand.
 */
@Component
public class SpatialDialect {

    enum Vendor { POSTGIS, H2GIS }

    private final Vendor vendor;

    SpatialDialect(DataSource dataSource) {
        this.vendor = detect(dataSource);
    }

    /**
     * A table hint naming the spatial index to use. H2's planner prefers any equality index to a spatial one (it
     * does not weigh selectivity), so a bbox query would scan every published row; PostgreSQL costs both itself.
     */
    public String preferIndex(String index) {
        return vendor == Vendor.H2GIS ? " USE INDEX (" + index + ")" : "";
    }

    /**
     * The condition that a text document matches the words of {@code :q}: PostgreSQL's full-text search with the
     * stemming of the reader's language ({@code :config} is english, french or spanish); on H2, every word's stem
     * (its first letters) must appear, bound as {@code :w0}, {@code :w1}, … by the caller.
     */
    public String textMatch(String document, int words) {
        if (vendor == Vendor.POSTGIS) {
            return "to_tsvector(CAST(:config AS regconfig), " + document + ") @@ plainto_tsquery(CAST(:config AS "
                    + "regconfig), :q)";
        }
        StringBuilder all = new StringBuilder("(1 = 1");
        for (int i = 0; i < words; i++) {
            all.append(" AND LOWER(").append(document).append(") LIKE :w").append(i);
        }
        return all.append(")").toString();
    }

    /**
     * As {@link #textMatch}, for a record whose texts are in several languages: on PostgreSQL, each language's
     * document ({@code byConfig}: a text search configuration as SQL, such as {@code 'french'}, to the document in
     * that language) is matched with that language's stemming, and any match counts; on H2, {@code all} (every
     * language's text) is matched as {@link #textMatch} does.
     */
    public String textMatch(java.util.Map<String, String> byConfig, String all, int words) {
        if (vendor != Vendor.POSTGIS) {
            return textMatch(all, words);
        }
        StringBuilder any = new StringBuilder("(");
        byConfig.forEach((config, document) -> any.append(any.length() > 1 ? " OR " : "").append("to_tsvector(CAST(")
                .append(config).append(" AS regconfig), ").append(document).append(") @@ plainto_tsquery(CAST(")
                .append(config).append(" AS regconfig), :q)"));
        return any.append(")").toString();
    }

    /** The relevance of {@link #textMatch(java.util.Map, String, int)}: the best of its languages'; 0 on H2. */
    public String textRank(java.util.Map<String, String> byConfig) {
        if (vendor != Vendor.POSTGIS) {
            return "0";
        }
        StringBuilder best = new StringBuilder("GREATEST(");
        byConfig.forEach((config, document) -> best.append(best.length() > 9 ? ", " : "").append("ts_rank(to_tsvector(CAST(")
                .append(config).append(" AS regconfig), COALESCE(").append(document)
                .append(", '')), plainto_tsquery(CAST(").append(config).append(" AS regconfig), :q))"));
        return best.append(")").toString();
    }

    /**
     * A geometry column written as RFC 7946 GeoJSON by the database, coordinates rounded to six decimals as
     * {@link GeoJsonModule} rounds them. PostGIS and H2GIS (2.2) spell it the same today; it sits here so that a
     * dialect which differs (another precision argument, or none) changes one place.
     */
    public String asGeoJson(String column) {
        return "ST_AsGeoJSON(" + column + ", 6)";
    }

    /**
     * Whether the database writes each feature of a list as GeoJSON text itself (PostgreSQL's JSON functions), so
     * that a page is copied from its rows into the response. H2GIS has no such functions: there the features are
     * written in Java from the same rows.
     */
    public boolean writesFeatureJson() {
        return vendor == Vendor.POSTGIS;
    }

    /** A relevance the database computes where it can (PostgreSQL); elsewhere 0, and the caller ranks. */
    public String textRank(String document) {
        return vendor == Vendor.POSTGIS ? "ts_rank(to_tsvector(CAST(:config AS regconfig), " + document
                + "), plainto_tsquery(CAST(:config AS regconfig), :q))" : "0";
    }

    private static Vendor detect(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase().contains("h2") ? Vendor.H2GIS : Vendor.POSTGIS;
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the atlas runs on", e);
        }
    }
}
