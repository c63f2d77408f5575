package org.socialprotection.map.publication;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.CountryName;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The library's public pages: the lists of briefs and of podcasts, and a page for each. */
@Controller
class PublicationController {

    private final PublicationReader reader;
    private final Publications publications;
    private final Countries countries;

    PublicationController(PublicationReader reader, Publications publications, Countries countries) {
        this.reader = reader;
        this.publications = publications;
        this.countries = countries;
    }

    @GetMapping("/briefs")
    String briefs(@RequestParam(required = false) String country, Language language, Model model) {
        return list(PublicationType.BRIEF, country, language, model);
    }

    @GetMapping("/podcasts")
    String podcasts(@RequestParam(required = false) String country, Language language, Model model) {
        return list(PublicationType.PODCAST, country, language, model);
    }

    @GetMapping("/briefs/{id}")
    String brief(@PathVariable long id, Language language, Model model) {
        return page(PublicationType.BRIEF, id, language, model);
    }

    /** {@code ?transcript=fr}: the transcript in that language, from the links to each language it exists in. */
    @GetMapping("/podcasts/{id}")
    String podcast(@PathVariable long id, @RequestParam(required = false) String transcript, Language language,
                   Model model) {
        Language asked = transcript == null ? null : Language.of(transcript).orElseThrow(() -> new BadRequestException(
                "transcript", "error.param.choice", "'" + transcript + "' is not one of en, fr, es", transcript,
                "en, fr, es"));
        String view = page(PublicationType.PODCAST, id, language, model);
        model.addAttribute("transcript", ((PublicationView) model.getAttribute("p")).transcriptIn(language, asked));
        return view;
    }

    private String list(PublicationType type, String country, Language language, Model model) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("type", type.code());
        params.add("limit", String.valueOf(PublicationQuery.MAX_LIMIT));
        String selected = country != null && country.matches("[A-Za-z]{3}") ? country.toUpperCase() : null;
        if (selected != null) {
            params.add("country", selected);
        }
        model.addAttribute("type", type.code());
        model.addAttribute("items", reader.find(PublicationQuery.parse(params), language).items());
        model.addAttribute("selectedCountry", selected);
        var names = countries.names();
        model.addAttribute("countryNames", names.stream().collect(Collectors.toMap(CountryName::iso3,
                c -> c.name(language))));
        // the menu offers the countries something of this type is published about, not all 250
        Set<String> withContent = new HashSet<>(publications.countriesOf(type, PublicationStatus.PUBLISHED));
        model.addAttribute("countries", names.stream().filter(c -> withContent.contains(c.iso3()))
                .sorted(CountryName.byName(language)).toList());
        return "publication/list";
    }

    private String page(PublicationType type, long id, Language language, Model model) {
        PublicationView publication = reader.get(id, language);
        if (!publication.type().equals(type.code())) {
            throw new NotFoundException(type.code(), id);
        }
        model.addAttribute("p", publication);
        model.addAttribute("countryNames", names(language));
        model.addAttribute("observationTitles", publication.observations().stream()
                .collect(Collectors.toMap(PublicationView.Ref::id, PublicationView.Ref::title, (a, b) -> a)));
        return "publication/page";
    }

    private Map<String, String> names(Language language) {
        return countries.names().stream().collect(Collectors.toMap(CountryName::iso3, c -> c.name(language)));
    }
}
