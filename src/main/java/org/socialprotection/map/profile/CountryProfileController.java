package org.socialprotection.map.profile;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.country.CountryReader;
import org.socialprotection.map.country.CountryView;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.indicator.IndicatorReader;
import org.socialprotection.map.indicator.IndicatorView;
import org.socialprotection.map.observation.ObservationQuery;
import org.socialprotection.map.observation.ObservationReader;
import org.socialprotection.map.observation.ObservationView;
import org.socialprotection.map.publication.PublicationQuery;
import org.socialprotection.map.publication.PublicationReader;
import org.socialprotection.map.scheme.SchemeQuery;
import org.socialprotection.map.scheme.SchemeReader;
import org.socialprotection.map.scheme.SchemeView;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A country's social protection profile. */
@Controller
class CountryProfileController {

    private final CountryReader countries;
    private final SchemeReader schemes;
    private final ObservationReader observations;
    private final PublicationReader publications;
    private final IndicatorReader indicators;
    private final Countries names;

    CountryProfileController(CountryReader countries, SchemeReader schemes, ObservationReader observations,
                             PublicationReader publications, IndicatorReader indicators, Countries names) {
        this.countries = countries;
        this.names = names;
        this.schemes = schemes;
        this.observations = observations;
        this.publications = publications;
        this.indicators = indicators;
    }

    /**
     * The observations a country page lists: its first ones, with their number and a link to all of them in the map's
     * list. Listing them all made the page grow with the atlas (India's was 280 KB at 100,000 points, built in 0.8 s
     * after each change); this keeps it the same size at any atlas size.
     */
    static final int LISTED_OBSERVATIONS = 50;

    /** Years the "as of" control accepts: none of the atlas's schemes is older, and the future is not law yet. */
    private static final int FIRST_YEAR = 1850;

    @GetMapping("/countries/{iso3}")
    String profile(@PathVariable String iso3, @RequestParam(required = false) String year, Language language,
                   Model model) {
        if (!iso3.matches("[A-Za-z]{3}")) {
            throw new NotFoundException("country", iso3);
        }
        Feature<CountryView> country = countries.get(iso3, language);
        String code = country.properties().iso3();
        List<SchemeView> allSchemes = schemes.find(SchemeQuery.ofCountry(code), language).items();
        Integer asOf = asOf(year);
        // "as of" a past year: the schemes in force then, with the law as it stood then; the timeline keeps them all
        List<SchemeView> countrySchemes = asOf == null ? allSchemes
                : allSchemes.stream().flatMap(s -> s.asOf(asOf).stream()).toList();
        model.addAttribute("asOf", asOf);
        model.addAttribute("thisYear", Year.now().getValue());
        model.addAttribute("firstYear", FIRST_YEAR);
        model.addAttribute("country", country.properties());
        model.addAttribute("regionKey", CountryView.regionKey(country.properties().region()));
        model.addAttribute("subregionKey", CountryView.regionKey(country.properties().subregion()));
        // each scheme once, with its branches listed (already in ILO C102 order): a scheme of four branches
        // listed under each of them read as four schemes
        model.addAttribute("schemeList", countrySchemes);
        model.addAttribute("schemeCount", countrySchemes.size());
        model.addAttribute("timeline", SchemeTimeline.of(allSchemes).events());
        Countries.Choices choices = names.choices(language);
        model.addAttribute("otherCountries", choices.list().stream().filter(c -> !c.iso3().equals(code)).toList());
        model.addAttribute("countryNames", choices.names());
        model.addAttribute("charts", charts(indicators.ofCountry(code), language));
        LinkedMultiValueMap<String, String> listed = params("country", code);
        listed.add("limit", String.valueOf(LISTED_OBSERVATIONS));
        FeatureCollection<ObservationView> found = observations.find(ObservationQuery.parse(listed), language);
        model.addAttribute("observations", found.features());
        model.addAttribute("observationCount", found.numberMatched());
        model.addAttribute("publications", publications.find(PublicationQuery.parse(params("country", code)),
                language).items());
        return "profile/country";
    }

    /** The year asked, or null for today; anything but a year from the first scheme's to this one is a 400. */
    private static Integer asOf(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        int now = Year.now().getValue();
        String text = year.trim();
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < FIRST_YEAR || Integer.parseInt(text) > now) {
            throw new BadRequestException("year", "error.param.yearBetween",
                    "'" + year + "' is not a year from " + FIRST_YEAR + " to " + now, year,
                    String.valueOf(FIRST_YEAR), String.valueOf(now));
        }
        int value = Integer.parseInt(text);
        return value == now ? null : value;
    }

    private List<IndicatorChart> charts(List<IndicatorView.Value> values, Language language) {
        Map<String, IndicatorView> definitions = indicators.all(language).stream()
                .collect(Collectors.toMap(IndicatorView::code, i -> i));
        Map<String, List<IndicatorView.Value>> byIndicator = values.stream()
                .collect(Collectors.groupingBy(IndicatorView.Value::indicator, LinkedHashMap::new, Collectors.toList()));
        List<IndicatorChart> charts = new ArrayList<>();
        byIndicator.forEach((code, list) -> {
            IndicatorView definition = definitions.get(code);
            charts.add(IndicatorChart.of(code, definition == null ? code : definition.name(),
                    list.get(0).unit(), list));
        });
        return charts;
    }

    static LinkedMultiValueMap<String, String> params(String name, String value) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add(name, value);
        return params;
    }
}
