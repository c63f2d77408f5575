package org.socialprotection.map.profile;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.CountryReader;
import org.socialprotection.map.country.CountryView;
import org.socialprotection.map.publication.PublicationReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The countries index: every country, those the atlas has published something on first with what it holds, and a
 * filter by region. An unknown region is a 400 page that says so and still lists every country.
 */
@Controller
class CountryIndexController {

    private final CountryReader countries;
    private final PublicationReader publications;

    CountryIndexController(CountryReader countries, PublicationReader publications) {
        this.countries = countries;
        this.publications = publications;
    }

    /** A row of the index: the counts of published schemes, observations, briefs and podcasts. */
    record Row(String iso3, String name, String regionKey, String subregionKey, long schemes, long observations,
               long briefs, long podcasts) {

        boolean hasContent() {
            return schemes + observations + briefs + podcasts > 0;
        }
    }

    @GetMapping("/countries")
    String index(@RequestParam(required = false) String region, Language language, Model model,
                 HttpServletResponse response) {
        List<CountryView> all = countries.index(language);
        List<String> regions = all.stream().map(CountryView::region).filter(Objects::nonNull).distinct()
                .map(CountryView::regionKey).sorted().toList();
        String chosen = region == null || region.isBlank() ? null : CountryView.regionKey(region.strip());
        if (chosen != null && !regions.contains(chosen)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("badRegion", region.strip());
            chosen = null;
        }
        Map<String, Map<String, Long>> library = publications.countsByCountry();
        Collator byName = Collator.getInstance(language.locale());
        String filter = chosen;
        List<Row> rows = all.stream()
                .filter(c -> filter == null || filter.equals(CountryView.regionKey(c.region())))
                .map(c -> {
                    Map<String, Long> counts = library.getOrDefault(c.iso3(), Map.of());
                    return new Row(c.iso3(), c.name(), CountryView.regionKey(c.region()),
                            CountryView.regionKey(c.subregion()), c.counts().schemes(),
                            c.counts().inclusions() + c.counts().exclusions(),
                            counts.getOrDefault("brief", 0L), counts.getOrDefault("podcast", 0L));
                })
                .sorted(Comparator.comparing((Row r) -> !r.hasContent())
                        .thenComparing(Row::name, byName))
                .toList();
        model.addAttribute("withContent", rows.stream().filter(Row::hasContent).toList());
        model.addAttribute("others", rows.stream().filter(r -> !r.hasContent()).toList());
        model.addAttribute("regions", regions);
        model.addAttribute("region", chosen);
        return "profile/countries";
    }
}
