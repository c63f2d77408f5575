package org.socialprotection.map.coverage;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query parameters of GET /api/coverage with examples. The route reads its filters from one parameter map, so
 * they are described here, beside the route, as web/ApiDocs does for the older routes.
 */
@Configuration
class CoverageApiDocs {

    private static final List<String[]> PARAMETERS = List.of(
            new String[] {"branch", "ILO C102 branch, general_assistance or child_care; none means all branches",
                    "old_age"},
            new String[] {"group", "worker group code(s) shown as columns; none means all groups", "domestic_workers"},
            new String[] {"region", "region or subregion code, e.g. africa or western_africa", "western_africa"},
            new String[] {"year", "the year the law is read as of, 1800..2200; default this year", "2020"},
            new String[] {"sort", "name (default) or region", "region"},
            new String[] {"format", "json (default) or csv; Accept: text/csv also gives CSV", "csv"},
            new String[] {"lang", "en, fr or es: the language of the country and scheme names", "fr"});

    @Bean
    OpenApiCustomizer coverageParameters() {
        return api -> {
            var item = api.getPaths() == null ? null : api.getPaths().get("/api/coverage");
            Operation get = item == null ? null : item.getGet();
            if (get == null) {
                return;
            }
            get.setSummary("The coverage matrix: the law's treatment of each worker group, country by country");
            get.setDescription("Cells: covered > voluntary > partial > excluded when schemes disagree; not_stated "
                    + "(a scheme in force says nothing of the group) and no_scheme (none recorded) are no data, "
                    + "never 'not covered'. viaGeneral: the status comes from a rule for informal workers in general.");
            get.setParameters(new ArrayList<>(PARAMETERS.stream().map(p -> new Parameter().in("query").name(p[0])
                    .description(p[1]).example(p[2]).required(false).schema(new StringSchema())).toList()));
        };
    }
}
