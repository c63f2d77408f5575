package org.socialprotection.map.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.QueryParams;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.scheme.Branch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The matrix page. It takes the API's filters, plus {@code country}: the country whose cells open (from the map).
 * A filter it cannot read is dropped and named on the page rather than failing it, as the map page does.
 */
@Controller
class CoverageController {

    private static final Set<String> PAGE_PARAMETERS = Set.of("branch", "group", "region", "year", "sort", "country");

    private final CoverageReader reader;

    CoverageController(CoverageReader reader) {
        this.reader = reader;
    }

    @GetMapping("/coverage")
    String matrix(@RequestParam MultiValueMap<String, String> params, Language language, Model model) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        filters.remove("lang");
        List<BadRequestException> ignored = new ArrayList<>();
        Set<String> regions = reader.regions();
        CoverageQuery query = null;
        String focus = null;
        for (int attempt = 0; query == null && attempt < 10; attempt++) {
            try {
                QueryParams read = QueryParams.of(filters, PAGE_PARAMETERS);
                query = CoverageQuery.parse(read, regions);
                if (query.branches().size() > 1) {
                    // the page reads one branch or all (its caption names it); the API takes several
                    query = null;
                    throw new BadRequestException("branch", "error.coverage.oneBranch", "one branch at most");
                }
                focus = read.countryCodes("country").stream().findFirst().orElse(null);
            } catch (BadRequestException e) {
                ignored.add(e);
                filters.remove(e.parameter());
            }
        }
        if (query == null) {
            query = CoverageQuery.parse(QueryParams.of(new LinkedMultiValueMap<>(), PAGE_PARAMETERS), regions);
        }
        CoverageMatrix matrix = reader.matrix(query, language);
        MultiValueMap<String, String> csv = new LinkedMultiValueMap<>(filters);
        csv.remove("country");
        csv.set("format", "csv");
        csv.set("year", String.valueOf(matrix.year()));
        csv.set("lang", language.code());
        model.addAttribute("matrix", matrix);
        model.addAttribute("query", query);
        model.addAttribute("focus", focus);
        model.addAttribute("ignored", ignored);
        model.addAttribute("regions", reader.regionTree());
        model.addAttribute("branches", Branch.values());
        model.addAttribute("groups", WorkerGroup.values());
        model.addAttribute("branch", query.branches().size() == 1 ? query.branches().iterator().next().code() : null);
        model.addAttribute("group", query.groups().size() == 1 ? query.groups().iterator().next().code() : null);
        model.addAttribute("csvUrl", UriComponentsBuilder.fromPath("/api/coverage").queryParams(csv).build()
                .encode().toUriString());
        return "coverage/matrix";
    }
}
