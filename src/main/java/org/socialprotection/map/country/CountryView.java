package org.socialprotection.map.country;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Names;

/** The properties of a country feature; {@code indicators} are {@link CountryIndicators}' values. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountryView(String iso3, String iso2, String numeric, String name, Names names, String region,
                          String subregion, double[] label, Counts counts, List<?> indicators) {

    /** Published records only. */
    public record Counts(long schemes, long inclusions, long exclusions) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** The message key of a region or subregion name, e.g. region.western_africa. */
    public static String regionKey(String name) {
        return name == null ? null : "region." + name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    static CountryView of(CountrySummary c, Language language, Counts counts, List<?> indicators) {
        Point label = c.labelPoint();
        return new CountryView(c.iso3(), c.iso2(), c.numericCode(), c.name(language),
                new Names(c.nameEn(), c.nameFr(), c.nameEs()), c.region(), c.subregion(),
                label == null ? null : new double[] {label.getX(), label.getY()}, counts, indicators);
    }
}
