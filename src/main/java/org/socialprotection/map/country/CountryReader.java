package org.socialprotection.map.country;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.CountryView.Counts;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.indicator.IndicatorReader;
import org.socialprotection.map.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries with their display geometry and the counts of what the atlas holds on each. */
@Service
@Transactional(readOnly = true)
public class CountryReader {

    private final Countries countries;
    private final JdbcTemplate jdbc;
    private final IndicatorReader indicators;

    CountryReader(Countries countries, JdbcTemplate jdbc, IndicatorReader indicators) {
        this.countries = countries;
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    public FeatureCollection<CountryView> all(Language language) {
        Map<String, Counts> counts = counts();
        List<Feature<CountryView>> features = countries.summaries().stream()
                .map(c -> new Feature<>(c.iso3(), c.displayGeometry(),
                        CountryView.of(c, language, counts.getOrDefault(c.iso3(), Counts.NONE), null)))
                .toList();
        return new FeatureCollection<>((long) features.size(), features);
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

    private Map<String, Counts> counts() {
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
        return counts;
    }
}
