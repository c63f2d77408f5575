package org.socialprotection.map.country;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/countries", produces = {"application/geo+json", "application/json"})
class CountryApi {

    private final CountryReader reader;

    CountryApi(CountryReader reader) {
        this.reader = reader;
    }

    @GetMapping
    FeatureCollection<CountryView> list(@RequestParam(defaultValue = "full") String detail, Language language) {
        if (!detail.equals("full") && !detail.equals("low")) {
            throw new BadRequestException("detail", "'" + detail + "' is not one of full, low");
        }
        return reader.all(language, detail.equals("low"));
    }

    @GetMapping("/{iso3}")
    Feature<CountryView> get(@PathVariable String iso3, Language language) {
        if (!iso3.matches("[A-Za-z]{3}")) {
            throw new BadRequestException("iso3", "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code such as GHA");
        }
        return reader.get(iso3, language);
    }
}
