package org.socialprotection.map.observation;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/observations", produces = {"application/geo+json", "application/json"})
class ObservationApi {

    private final ObservationReader reader;

    ObservationApi(ObservationReader reader) {
        this.reader = reader;
    }

    @GetMapping
    FeatureCollection<ObservationView> list(@RequestParam MultiValueMap<String, String> params, Language language) {
        return reader.find(ObservationQuery.parse(params), language);
    }

    @GetMapping("/{id}")
    Feature<ObservationView> get(@PathVariable long id, Language language) {
        return reader.get(id, language);
    }
}
