package org.socialprotection.map.gazetteer;

import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Place suggestions while an editor types where an observation was made. */
@RestController
@RequestMapping(path = "/api/places", produces = "application/json")
class PlaceApi {

    /** GeoNames' licence asks for credit wherever its data is shown. */
    static final String ATTRIBUTION = "GeoNames (CC BY 4.0)";

    private final PlaceSearch places;

    PlaceApi(PlaceSearch places) {
        this.places = places;
    }

    @GetMapping
    Places search(@RequestParam MultiValueMap<String, String> params) {
        return new Places(places.search(PlaceQuery.parse(params)), ATTRIBUTION);
    }

    record Places(List<Place> items, String attribution) {
    }
}
