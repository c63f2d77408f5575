package org.socialprotection.map.profile;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.observation.ObservationQuery;
import org.socialprotection.map.observation.ObservationReader;
import org.socialprotection.map.publication.PublicationQuery;
import org.socialprotection.map.publication.PublicationReader;
import org.socialprotection.map.scheme.SchemeReader;
import org.socialprotection.map.scheme.SchemeView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of one scheme, with what the atlas observed of it. */
@Controller
class SchemeController {

    private final SchemeReader schemes;
    private final ObservationReader observations;
    private final PublicationReader publications;
    private final Countries countries;

    SchemeController(SchemeReader schemes, ObservationReader observations, PublicationReader publications,
                     Countries countries) {
        this.schemes = schemes;
        this.observations = observations;
        this.publications = publications;
        this.countries = countries;
    }

    @GetMapping("/schemes/{id}")
    String page(@PathVariable long id, Language language, Model model) {
        SchemeView scheme = schemes.get(id, language);
        model.addAttribute("s", scheme);
        model.addAttribute("countryName", countries.names().stream().filter(c -> c.iso3().equals(scheme.country()))
                .findFirst().map(c -> c.name(language)).orElse(scheme.country()));
        model.addAttribute("observations", observations.find(ObservationQuery.parse(
                CountryProfileController.params("scheme", String.valueOf(id))), language).features());
        model.addAttribute("publications", publications.find(PublicationQuery.parse(
                CountryProfileController.params("scheme", String.valueOf(id))), language).items());
        return "profile/scheme";
    }
}
