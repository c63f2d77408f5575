package org.socialprotection.map.compare;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Year;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.CountryReader;
import org.socialprotection.map.country.CountryView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The comparison page. Without countries it is the form to choose them; a comparison that cannot be made is a 400
 * page that says why and keeps the form, so the reader can put it right.
 */
@Controller
class CompareController {

    private final ComparisonReader reader;
    private final CountryReader countries;

    CompareController(ComparisonReader reader, CountryReader countries) {
        this.reader = reader;
        this.countries = countries;
    }

    @GetMapping("/compare")
    String compare(@RequestParam MultiValueMap<String, String> params, Language language, Model model) {
        Map<String, String> names = names(language);
        model.addAttribute("choices", names);
        years(model);
        if (!params.containsKey("countries")) {
            model.addAttribute("chosen", List.of());
            return "compare/page";
        }
        // A page's address picks up other parameters (shared links, trackers): only the countries count here.
        LinkedMultiValueMap<String, String> countriesOnly = new LinkedMultiValueMap<>();
        countriesOnly.put("countries", params.get("countries"));
        if (params.containsKey("year")) {
            countriesOnly.put("year", params.get("year"));
        }
        Comparison comparison = reader.compare(CompareQuery.parse(countriesOnly), language);
        model.addAttribute("chosen", comparison.countries());
        model.addAttribute("comparison", comparison);
        model.addAttribute("charts", comparison.indicators().stream().map(r -> CompareChart.of(r, names)).toList());
        return "compare/page";
    }

    @ExceptionHandler(CompareProblem.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(CompareProblem problem, HttpServletRequest request, Language language, Model model) {
        Map<String, String> names = names(language);
        model.addAttribute("choices", names);
        years(model);
        LinkedMultiValueMap<String, String> raw = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((k, v) -> raw.put(k, List.of(v)));
        model.addAttribute("chosen", CompareQuery.lenient(raw).stream()
                .filter(names::containsKey).toList());
        model.addAttribute("problemKey", problem.key());
        model.addAttribute("year", request.getParameter("year"));
        model.addAttribute("problemArguments", problem.arguments());
        return "compare/page";
    }

    /** The bounds of the "law as of" control. */
    private static void years(Model model) {
        model.addAttribute("thisYear", Year.now().getValue());
        model.addAttribute("firstYear", CompareQuery.FIRST_YEAR);
    }

    /** Every country of the atlas by code, in the order of their names in the reader's language. */
    private Map<String, String> names(Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        countries.all(language, true).features().stream().map(f -> f.properties())
                .sorted(Comparator.comparing(CountryView::name)).forEach(c -> names.put(c.iso3(), c.name()));
        return names;
    }
}
