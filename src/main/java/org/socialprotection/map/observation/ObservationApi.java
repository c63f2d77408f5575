package org.socialprotection.map.observation;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import java.util.Set;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.QueryParams;
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

    /** Clusters for the map at low zoom: the same filters as the list, and the zoom the cells are sized for. */
    @GetMapping("/clusters")
    FeatureCollection<ClusterView> clusters(@RequestParam MultiValueMap<String, String> params) {
        QueryParams query = QueryParams.of(params, ObservationQuery.union(ObservationQuery.FILTERS, Set.of("zoom")));
        Integer zoom = query.integer("zoom", 0, 22);
        if (zoom == null) {
            throw new BadRequestException("zoom", "required: the map's zoom level, 0..22");
        }
        return reader.clusters(ObservationQuery.parse(query), zoom);
    }

    @GetMapping("/{id}")
    Feature<ObservationView> get(@PathVariable long id, Language language) {
        return reader.get(id, language);
    }
}
