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

    private static Vendor detect(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase().contains("h2") ? Vendor.H2GIS : Vendor.POSTGIS;
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the atlas runs on", e);
        }
    }
}
