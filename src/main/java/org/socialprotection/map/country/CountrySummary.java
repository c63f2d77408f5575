package org.socialprotection.map.country;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Language;

/** A country without its precise boundary. */
public record CountrySummary(String iso3, String iso2, String numericCode, String nameEn, String nameFr,
                             String nameEs, String region, String subregion, MultiPolygon displayGeometry,
                             Point labelPoint) {

    public String name(Language language) {
        return language.pick(nameEn, nameFr, nameEs);
    }
}
