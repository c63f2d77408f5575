package org.socialprotection.map.observation;

import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of one observation. */
@Controller
class ObservationController {

    private final ObservationReader reader;
    private final Countries countries;
    private final List<ObservationCollections> collections;

    ObservationController(ObservationReader reader, Countries countries, List<ObservationCollections> collections) {
        this.reader = reader;
        this.countries = countries;
        this.collections = collections;
    }

    @GetMapping("/observations/{id}")
    String page(@PathVariable long id, Language language, Model model) {
        Feature<ObservationView> feature = reader.get(id, language);
        ObservationView o = feature.properties();
        model.addAttribute("o", o);
        model.addAttribute("point", feature.geometry());
        model.addAttribute("listen", reader.listen(id, language));
        model.addAttribute("collections", collections.stream().flatMap(c -> c.of(id, language).stream()).toList());
        model.addAttribute("countryName", countries.findById(o.country()).map(c -> c.name(language))
                .orElse(o.country()));
        return "observation/page";
    }
}
