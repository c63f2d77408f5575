package org.socialprotection.map.country;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.util.MultiValueMap;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/countries", produces = {"application/geo+json", "application/json"})
class CountryApi {

    private final CountryReader reader;
    private final CountryLocator locator;

    CountryApi(CountryReader reader, CountryLocator locator) {
        this.reader = reader;
        this.locator = locator;
    }

    @GetMapping
    FeatureCollection<CountryView> list(@RequestParam(defaultValue = "full") String detail, Language language) {
        if (!detail.equals("full") && !detail.equals("low")) {
            throw new BadRequestException("detail", "error.param.choice", "'" + detail + "' is not one of full, low",
                    detail, "full, low");
        }
        return reader.all(language, detail.equals("low"));
    }

    /** Which country a point is in, or that it is at sea: shown in the observation form before saving. */
    @GetMapping("/locate")
    Map<String, Object> locate(@RequestParam MultiValueMap<String, String> params, Language language) {
        QueryParams query = QueryParams.of(params, Set.of("lon", "lat"));
        Double lon = query.parsed("lon", Double::valueOf);
        Double lat = query.parsed("lat", Double::valueOf);
        if (lon == null || lat == null) {
            throw new BadRequestException(lon == null ? "lon" : "lat", "error.param.required", "required");
        }
        Point point = query.parsed("lon", v -> Geometries.point(lon, lat));
        Map<String, Object> result = new LinkedHashMap<>();
        locator.countryOf(point).ifPresent(iso3 -> {
            result.put("iso3", iso3);
            result.put("name", reader.get(iso3, language).properties().name());
        });
        if (result.isEmpty() && !locator.isOnLand(point)) {
            result.put("atSea", true);
        }
        return result;
    }

    @GetMapping("/{iso3}")
    Feature<CountryView> get(@PathVariable String iso3, Language language) {
        if (!iso3.matches("[A-Za-z]{3}")) {
            throw new BadRequestException("iso3", "error.param.country",
                    "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code such as GHA", iso3);
        }
        return reader.get(iso3, language);
    }
}
