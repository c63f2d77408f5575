package org.socialprotection.map.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the JSON API (/v3/api-docs, Swagger UI at /swagger-ui.html). The list endpoints read
 * their filters from one parameter map, so their query parameters are described here, with examples.
 */
@Configuration
class ApiDocs {

    private static final List<String[]> OBSERVATION_FILTERS = List.of(
            new String[] {"bbox", "minLon,minLat,maxLon,maxLat; minLon > maxLon crosses the antimeridian", "-0.5,5.3,0.2,5.8"},
            new String[] {"kind", "inclusion, exclusion (comma-separated or repeated)", "exclusion"},
            new String[] {"group", "worker group code; also matches records about informal workers in general", "market_traders"},
            new String[] {"branch", "branch of a linked scheme", "medical_care"},
            new String[] {"type", "type of a linked scheme", "contributory_social_insurance"},
            new String[] {"country", "ISO 3166-1 alpha-3", "GHA"},
            new String[] {"scheme", "id of a linked scheme", "1"},
            new String[] {"from", "year: observations whose period ends in or after it", "2015"},
            new String[] {"to", "year: observations whose period starts in or before it", "2024"},
            new String[] {"q", "text in the title, narrative or place name", "kayayei"});

    private static final Map<String, List<String[]>> PARAMETERS = Map.of(
            "/api/observations", concat(OBSERVATION_FILTERS, List.of(
                    new String[] {"limit", "1..10000, default 1000", "100"},
                    new String[] {"offset", "0 or more", "0"},
                    new String[] {"lang", "en, fr or es", "en"})),
            "/api/observations/clusters", concat(OBSERVATION_FILTERS, List.<String[]>of(
                    new String[] {"zoom", "required: the map's zoom level 0..22", "3"})),
            "/api/schemes", List.of(
                    new String[] {"country", "ISO 3166-1 alpha-3", "ZAF"},
                    new String[] {"branch", "ILO C102 branch, general_assistance or child_care", "old_age"},
                    new String[] {"group", "worker group whose legal coverage is not an exclusion", "domestic_workers"},
                    new String[] {"type", "scheme type", "means_tested_assistance"},
                    new String[] {"active", "year the scheme was in force", "2020"},
                    new String[] {"limit", "1..1000, default 100", "100"},
                    new String[] {"offset", "0 or more", "0"},
                    new String[] {"lang", "en, fr or es", "fr"}),
            "/api/publications", List.of(
                    new String[] {"type", "brief or podcast", "podcast"},
                    new String[] {"country", "ISO 3166-1 alpha-3", "RWA"},
                    new String[] {"observation", "id of an observation it speaks of", "1"},
                    new String[] {"scheme", "id of a scheme it speaks of", "1"},
                    new String[] {"limit", "1..1000, default 100", "100"},
                    new String[] {"offset", "0 or more", "0"}));

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("Social Protection Map API").version("1")
                        .description("Schemes, inclusion and exclusion observations, briefs and podcasts of the "
                                + "atlas. Reads are public and return published records only; writes need a role "
                                + "(HTTP Basic or a personal token). Errors are RFC 9457 problem details.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("a personal API token from /account")));
    }

    @Bean
    OpenApiCustomizer listParameters() {
        return api -> PARAMETERS.forEach((path, parameters) -> {
            var item = api.getPaths() == null ? null : api.getPaths().get(path);
            Operation get = item == null ? null : item.getGet();
            if (get == null) {
                return;
            }
            get.setParameters(new java.util.ArrayList<>(parameters.stream().map(p -> new Parameter().in("query")
                    .name(p[0]).description(p[1]).example(p[2]).required("zoom".equals(p[0]))
                    .schema(new StringSchema())).toList()));
        });
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
