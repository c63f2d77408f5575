package org.socialprotection.map.observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Set;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.QueryParams;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.geo.StreamedFeatureCollection;
import org.socialprotection.map.workspace.RecordWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The observations' JSON API: reads as GeoJSON, and writes through the observation editor, for scripts signed in
 * with HTTP Basic or a personal token (422 naming the invalid fields, 409 for an edit on an outdated version).
 */
@RestController
@RequestMapping("/api/observations")
class ObservationApi {

    private static final String GEOJSON = "application/geo+json";
    private static final String JSON = "application/json";

    private final ObservationReader reader;
    private final ObservationEditor editor;
    private final RecordWrites writes;

    ObservationApi(ObservationReader reader, ObservationEditor editor, RecordWrites writes) {
        this.reader = reader;
        this.editor = editor;
        this.writes = writes;
    }

    @Operation(summary = "Published observations as a GeoJSON FeatureCollection, a page at a time",
            description = "numberMatched is exact up to " + ObservationReader.COUNT_LIMIT + " matches and left out "
                    + "above that (a continent's full count would cost more than the page): page on with offset "
                    + "while numberReturned equals limit.")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = GEOJSON, schema = @Schema(implementation = ListDocument.class)),
            @Content(mediaType = JSON, schema = @Schema(implementation = ListDocument.class))})
    @GetMapping(produces = {GEOJSON, JSON})
    StreamedFeatureCollection list(@RequestParam MultiValueMap<String, String> params, Language language) {
        return StreamedFeatureCollection.of(reader.stream(ObservationQuery.parse(params), language));
    }

    /** What the list writes, as it is streamed ({@link StreamedFeatureCollection}): for the OpenAPI document. */
    @Schema(name = "FeatureCollectionObservationView")
    record ListDocument(String type, Long numberMatched, Integer numberReturned,
                        List<Feature<ObservationView>> features) {
    }

    /** Clusters for the map at low zoom: the same filters as the list, and the zoom the cells are sized for. */
    @GetMapping(path = "/clusters", produces = {GEOJSON, JSON})
    FeatureCollection<ClusterView> clusters(@RequestParam MultiValueMap<String, String> params) {
        QueryParams query = QueryParams.of(params, ObservationQuery.union(ObservationQuery.FILTERS, Set.of("zoom")));
        Integer zoom = query.integer("zoom", 0, 22);
        if (zoom == null) {
            throw new BadRequestException("zoom", "error.param.zoom", "required: the map's zoom level, 0..22");
        }
        return reader.clusters(ObservationQuery.parse(query), zoom);
    }

    @GetMapping(path = "/{id}", produces = {GEOJSON, JSON})
    Feature<ObservationView> get(@PathVariable long id, Language language) {
        return reader.get(id, language);
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody ObservationForm form, Authentication authentication) {
        return writes.create(editor, form, authentication);
    }

    @PutMapping("/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody ObservationForm form,
                             Authentication authentication) {
        return writes.update(editor, id, form, authentication);
    }
}
