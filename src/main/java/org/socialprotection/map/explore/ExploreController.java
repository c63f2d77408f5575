package org.socialprotection.map.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.CountryName;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.atlas.GroupMatch;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.ObservationCollections;
import org.socialprotection.map.observation.ObservationQuery;
import org.socialprotection.map.observation.ObservationReader;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.SchemeType;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map page. Its filters and list are rendered here too, so that the page works without JavaScript and the
 * list is there for screen readers from the first byte; the scripts then take over.
 */
@Controller
class ExploreController {

    /** Parameters of the map's state that are not observation filters. */
    private static final Set<String> MAP_STATE = Set.of("lat", "lon", "zoom", "sel", "view", "measure", "lang");
    static final int LIST_SIZE = 200;

    private final ObservationReader observations;
    private final Countries countries;
    private final MapConfig config;
    private final List<ObservationCollections> collections;

    ExploreController(ObservationReader observations, Countries countries, MapConfig config,
                      List<ObservationCollections> collections) {
        this.observations = observations;
        this.collections = collections;
        this.countries = countries;
        this.config = config;
    }

    @GetMapping("/")
    String explore(@RequestParam MultiValueMap<String, String> params, Language language, Model model) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        MAP_STATE.forEach(filters::remove);
        filters.remove("limit");
        filters.remove("offset");
        filters.remove("bbox");
        List<String> ignored = new ArrayList<>();
        ObservationQuery query = lenient(filters, ignored);
        // a collection the public may not see is dropped and named like any filter the page does not understand
        String slug = query.collection();
        ObservationCollections.Entry collection = slug == null ? null : collections.stream()
                .flatMap(c -> c.named(slug, language).stream()).findFirst().orElse(null);
        if (slug != null && collection == null) {
            ignored.add("collection");
            filters.remove("collection");
            query = lenient(filters, ignored);
        }
        model.addAttribute("collection", collection);
        model.addAttribute("collectionSlug", collection == null ? null : slug);
        List<CountryName> names = countries.names().stream().sorted(CountryName.byName(language)).toList();
        Map<String, String> countryNames = names.stream()
                .collect(Collectors.toMap(CountryName::iso3, c -> c.name(language)));
        model.addAttribute("results", observations.find(query, language));
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("countries", names);
        model.addAttribute("filters", params);
        model.addAttribute("ignored", ignored);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("groups", WorkerGroup.values());
        model.addAttribute("groupMatches", GroupMatch.values());
        model.addAttribute("branches", Branch.values());
        model.addAttribute("places", PlaceType.values());
        model.addAttribute("types", SchemeType.values());
        model.addAttribute("measures", config.measures(language));
        model.addAttribute("mapConfig", config.json(language, false));
        return "explore/index";
    }

    @GetMapping("/embed")
    String embed(Language language, Model model) {
        model.addAttribute("mapConfig", config.json(language, true));
        return "explore/embed";
    }

    /** A filter the page does not understand is dropped and named, rather than failing the page. */
    private static ObservationQuery lenient(MultiValueMap<String, String> filters, List<String> ignored) {
        filters.set("limit", String.valueOf(LIST_SIZE));
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return ObservationQuery.parse(filters);
            } catch (BadRequestException e) {
                ignored.add(e.parameter());
                filters.remove(e.parameter());
            }
        }
        return ObservationQuery.parse(new LinkedMultiValueMap<>(Map.of("limit", List.of(String.valueOf(LIST_SIZE)))));
    }
}
