package org.socialprotection.map.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document of the JSON API (/v3/api-docs, Swagger UI at /swagger-ui.html). The list endpoints read
 * their filters from one parameter map, so their query parameters are described here, with examples.
 */
@Configuration
class ApiDocs {

    private static final String OBSERVATION = """
            {"title": "Crèche at the market", "kind": "inclusion", "lon": "-0.2057", "lat": "5.5513",
             "placeType": "market", "privacy": "approximate", "groups": ["market_traders"], "observedFrom": "2019",
             "sources": [{"title": "WIEGO child care in markets", "url": "https://www.wiego.org/child-care-markets",
                          "accessed": "2026-11-28"}]}""";
    private static final String SCHEME = """
            {"country": "THA", "officialName": "Universal Coverage Scheme", "acronym": "UCS",
             "branches": ["medical_care"], "type": "universal_categorical", "participation": "unknown",
             "benefitForms": ["in_kind"], "startDate": "2001",
             "coverage": [{"group": "informal_workers", "status": "covered",
                           "reason": "covers people not covered by other schemes"}],
             "coverageFigures": [],
             "reforms": [{"date": "2006", "change": "The 30-baht copayment per visit was abolished.",
                          "group": "", "statusBefore": "",
                          "source": {"title": "Research article on Thailand's Universal Coverage Scheme",
                                     "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC6986227/"}}],
             "sources": [{"title": "Research article on Thailand's Universal Coverage Scheme",
                          "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC6986227/", "accessed": "2026-11-28"}]}""";
    private static final String PUBLICATION = """
            {"type": "brief", "title": "Child Care in Markets", "language": "en", "authors": "WIEGO",
             "url": "https://www.wiego.org/resources/child-care-markets", "countries": ["GHA", "ZAF", "RWA"]}""";
    private static final String COLLECTION = """
            {"titleEn": "Child care in markets", "titleFr": "La garde d’enfants dans les marchés",
             "introductionEn": "WIEGO and its partners develop child care for market traders [1].",
             "west": "-1", "south": "-30.5", "east": "31.5", "north": "6.5", "extentFromObservations": false,
             "observations": [4], "schemes": [], "publications": [1],
             "sources": [{"title": "WIEGO: Child Care in Markets", "url": "https://www.wiego.org/child-care-markets",
                          "accessed": "2026-11-28"}]}""";
    private static final String INDICATOR = """
            {"country": "KEN", "indicator": "informal_employment_share", "year": "2019", "value": "83.6",
             "unit": "percent", "sourceTitle": "ILO Social Protection Platform, Kenya country profile",
             "sourceUrl": "https://www.social-protection.org/gimi/ShowCountryProfile.action?iso=KE"}""";
    private static final String REPORT = """
            {"format": "csv", "rows": 3, "validRows": 2, "dryRun": true, "committed": false,
             "problems": [{"row": 4, "column": "country", "value": "ZAF",
                           "reason": "the point (-0.187, 5.6037) falls in Ghana (GHA), not in South Africa (ZAF)"}],
             "created": [], "partial": false, "createdRows": 1, "updatedRows": 1, "unchangedRows": 0,
             "changes": [{"row": 3, "id": 12, "outcome": "updated"}],
             "ignored": ["_submission_time"], "dateColumns": ["_submission_time"]}""";

    private static final String COMPARISON = """
            {"countries": ["GHA", "RWA"], "branches": ["medical_care"], "groups": ["informal_workers"],
             "columns": [
               {"iso3": "GHA", "name": "Ghana", "counts": {"schemes": 2, "inclusions": 3, "exclusions": 3},
                "schemesByBranch": {"medical_care": [{"id": 1, "name": "National Health Insurance Scheme",
                                                      "acronym": "NHIS", "startDate": "2004"}]},
                "coverage": {"informal_workers": [{"scheme": 1, "schemeName": "National Health Insurance Scheme",
                                                   "status": "covered"}]},
                "effectiveCoverage": [], "publications": [{"id": 1, "type": "brief", "title": "Child Care in Markets"}]},
               {"iso3": "RWA", "name": "Rwanda", "counts": {"schemes": 2, "inclusions": 1, "exclusions": 0},
                "schemesByBranch": {"medical_care": [{"id": 7, "name": "Community-Based Health Insurance",
                                                      "startDate": "2004"}]},
                "coverage": {"informal_workers": [{"scheme": 7, "schemeName": "Community-Based Health Insurance",
                                                   "status": "covered"}]},
                "effectiveCoverage": [{"scheme": 7, "schemeName": "Community-Based Health Insurance", "value": 85.3,
                                       "unit": "percent", "year": 2021,
                                       "source": {"title": "RSSB annual report"}}],
                "publications": []}],
             "indicators": [{"code": "informal_employment_share", "name": "Informal employment",
                             "unit": "percent", "values": []}]}""";

    private static final List<String[]> OBSERVATION_FILTERS = List.of(
            new String[] {"bbox", "minLon,minLat,maxLon,maxLat; minLon > maxLon crosses the antimeridian", "-0.5,5.3,0.2,5.8"},
            new String[] {"kind", "inclusion, exclusion (comma-separated or repeated)", "exclusion"},
            new String[] {"group", "worker group code: records about that group (see groupMatch)", "market_traders"},
            new String[] {"groupMatch", "only (default): records about the chosen groups; general: also records about"
                    + " informal workers in general", "only"},
            new String[] {"branch", "branch of the observation itself or of a linked scheme", "child_care"},
            new String[] {"place", "type of place: market, vending_zone, dumpsite, home_based_cluster,"
                    + " child_care_centre, office, other", "market"},
            new String[] {"type", "type of a linked scheme", "contributory_social_insurance"},
            new String[] {"country", "ISO 3166-1 alpha-3", "GHA"},
            new String[] {"scheme", "id of a linked scheme", "1"},
            new String[] {"collection", "slug of a published collection: its observations (400 if none)",
                    "child-care-in-markets"},
            new String[] {"from", "year: observations whose period ends in or after it", "2015"},
            new String[] {"to", "year: observations whose period starts in or before it", "2024"},
            new String[] {"q", "text in the title, narrative or place name", "kayayei"});

    private static final List<String[]> SCHEME_FILTERS = List.of(
            new String[] {"country", "ISO 3166-1 alpha-3", "ZAF"},
            new String[] {"branch", "ILO C102 branch, general_assistance or child_care", "old_age"},
            new String[] {"group", "worker group whose legal coverage is not an exclusion", "domestic_workers"},
            new String[] {"type", "scheme type", "means_tested_assistance"},
            new String[] {"active", "year the scheme was in force", "2020"});

    private static final Map<String, List<String[]>> PARAMETERS = Map.ofEntries(
            Map.entry("/api/observations", concat(OBSERVATION_FILTERS, List.of(
                    new String[] {"limit", "1..10000, default 1000", "100"},
                    new String[] {"offset", "0 or more", "0"},
                    new String[] {"lang", "en, fr or es", "en"}))),
            Map.entry("/api/observations/clusters", concat(OBSERVATION_FILTERS, List.<String[]>of(
                    new String[] {"zoom", "required: the map's zoom level 0..22", "3"}))),
            Map.entry("/api/schemes", concat(SCHEME_FILTERS, List.of(
                    new String[] {"limit", "1..1000, default 100", "100"},
                    new String[] {"offset", "0 or more", "0"},
                    new String[] {"lang", "en, fr or es", "fr"}))),
            Map.entry("/api/schemes/by-country", SCHEME_FILTERS),
            Map.entry("/api/schemes/export", concat(SCHEME_FILTERS, List.<String[]>of(
                    new String[] {"format", "csv", "csv"}))),
            Map.entry("/api/observations/export", concat(OBSERVATION_FILTERS, List.<String[]>of(
                    new String[] {"format", "csv, geojson or gpkg (GeoPackage)", "gpkg"}))),
            Map.entry("/api/indicators/export", List.of(
                    new String[] {"indicator", "an indicator code (see /api/indicators)", "sdg_1_3_1"},
                    new String[] {"country", "ISO 3166-1 alpha-3, comma-separated or repeated", "GHA,KEN"},
                    new String[] {"format", "csv", "csv"})),
            Map.entry("/api/countries/locate", List.of(
                    new String[] {"lon", "longitude, WGS 84", "30.06"},
                    new String[] {"lat", "latitude, WGS 84", "-1.95"})),
            Map.entry("/api/places", List.of(
                    new String[] {"q", "required: the start of a place name, or of a word in a place named by a published observation", "kigali"},
                    new String[] {"country", "ISO 3166-1 alpha-3", "RWA"},
                    new String[] {"limit", "1..50, default 10", "10"})),
            Map.entry("/api", List.<String[]>of(
                    new String[] {"f", "json (the OpenAPI document) or html (Swagger UI)", "json"})),
            Map.entry("/api/compare", List.of(
                    new String[] {"countries", "required: two to four ISO 3166-1 alpha-3 codes, comma-separated or repeated", "GHA,ZAF,RWA"},
                    new String[] {"year", "the law as of this year (1850 to this year; default today): schemes in force then, their coverage then, figures and indicator values up to that year", "2010"},
                    new String[] {"lang", "en, fr or es", "fr"})),
            Map.entry("/api/publications", List.of(
                    new String[] {"type", "brief or podcast", "podcast"},
                    new String[] {"country", "ISO 3166-1 alpha-3", "RWA"},
                    new String[] {"observation", "id of an observation it speaks of", "1"},
                    new String[] {"scheme", "id of a scheme it speaks of", "1"},
                    new String[] {"limit", "1..1000, default 100", "100"},
                    new String[] {"offset", "0 or more", "0"})),
            Map.entry("/api/publications/export", List.of(
                    new String[] {"type", "brief or podcast", "podcast"},
                    new String[] {"country", "ISO 3166-1 alpha-3", "RWA"},
                    new String[] {"observation", "id of an observation it speaks of", "1"},
                    new String[] {"scheme", "id of a scheme it speaks of", "1"},
                    new String[] {"format", "csv", "csv"})));

    /** Examples of the parameters the routes declare one by one, by name. */
    private static final Map<String, String> PARAMETER_EXAMPLES = Map.ofEntries(
            Map.entry("id", "1"), Map.entry("iso3", "GHA"), Map.entry("code", "sdg_1_3_1"),
            Map.entry("type", "observations"), Map.entry("transition", "submit"), Map.entry("detail", "low"),
            Map.entry("q", "pension"), Map.entry("limit", "20"), Map.entry("dryRun", "true"),
            Map.entry("async", "true"), Map.entry("lang", "fr"), Map.entry("report", "csv"),
            Map.entry("partial", "false"),
            Map.entry("slug", "child-care-in-markets"));

    /** Request bodies, by "METHOD path". */
    private static final Map<String, String> BODY_EXAMPLES = Map.ofEntries(
            Map.entry("POST /api/observations", OBSERVATION),
            Map.entry("PUT /api/observations/{id}", versioned(OBSERVATION)),
            Map.entry("POST /api/schemes", SCHEME),
            Map.entry("PUT /api/schemes/{id}", versioned(SCHEME)),
            Map.entry("POST /api/publications", PUBLICATION),
            Map.entry("PUT /api/publications/{id}", versioned(PUBLICATION)),
            Map.entry("POST /api/indicators", INDICATOR),
            Map.entry("PUT /api/indicators/{id}", versioned(INDICATOR)),
            Map.entry("POST /api/collections", COLLECTION),
            Map.entry("PUT /api/collections/{id}", versioned(COLLECTION)),
            Map.entry("PUT /api/{type}/{id}/translations/{lang}", """
                    {"texts": {"title": "Crèche au marché", "narrative": "Les commerçantes y laissent leurs enfants."},
                     "submit": true}"""),
            Map.entry("POST /api/{type}/{id}/{transition}", """
                    {"comment": "the source names another market"}"""));

    /** Responses worth an example, by "METHOD path status". */
    private static final Map<String, String> RESPONSE_EXAMPLES = Map.of(
            "GET /api/compare 200", COMPARISON,
            "POST /api/imports/{type} 200", REPORT,
            "GET /api/imports/jobs/{id} 200", """
                    {"id": "3f2c9a4e-8d1b-4c55-9a0e-2b7f1c6d8e90", "type": "observations", "state": "RUNNING",
                     "rowsDone": 42000, "rowsTotal": 100000, "dryRun": false, "report": null, "error": null}""",
            "GET /api/collections/{slug} 200", """
                    {"slug": "child-care-in-markets", "title": "Child care in markets: Accra, Durban and Kigali",
                     "titleLanguage": "en", "introduction": "In Accra, Durban and Kigali, ... [1]",
                     "introductionLanguage": "en", "extent": [-1.0, -30.5, 31.5, 6.5],
                     "mapUrl": "/?lat=-12.6645&lon=15.25&zoom=3.5&bbox=-1,-30.5,31.5,6.5", "demo": true,
                     "observations": [{"id": 4, "slug": "accra-market-childcare-guidelines",
                       "title": "Child-care guidelines for Accra's markets", "kind": "inclusion", "country": "GHA",
                       "lon": -0.205, "lat": 5.551}],
                     "schemes": [], "publications": [{"id": 1, "slug": "ebook-child-care-in-markets",
                       "type": "brief", "title": "Child Care in Markets", "language": "en", "path": "/briefs/1"}],
                     "sources": [{"title": "WIEGO: Child Care in Markets (project page)",
                       "url": "https://www.wiego.org/child-care-markets", "accessed": "2026-11-28"}]}""");

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
            get.setParameters(new ArrayList<>(parameters.stream().map(p -> new Parameter().in("query")
                    .name(p[0]).description(p[1]).example(p[2]).required("zoom".equals(p[0]) || "countries".equals(p[0]))
                    .schema(new StringSchema())).toList()));
        });
    }

    /**
     * Examples for everything else: each parameter by its name, request bodies and a few responses by route. Scripts'
     * authors read these first; ApiDocsTests checks that no parameter or JSON body is left without one.
     */
    @Bean
    OpenApiCustomizer examples() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(ApiDocs::language);
                    operation.getParameters().stream().filter(p -> p.getExample() == null)
                            .forEach(p -> p.setExample(PARAMETER_EXAMPLES.get(p.getName())));
                }
                String route = method.name() + " " + path;
                String body = BODY_EXAMPLES.get(route);
                if (body != null && operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(m -> m.setExample(json(body)));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && path.startsWith("/api/imports/")) {
                    operation.getRequestBody().getContent().values().forEach(m -> {
                        io.swagger.v3.oas.models.media.Schema<?> schema = m.getSchema();
                        Object part = schema == null || schema.getProperties() == null ? null
                                : schema.getProperties().get("mapping");
                        if (part instanceof io.swagger.v3.oas.models.media.Schema<?> mapping) {
                            mapping.setExample("{\"title\": \"Market name\"}");
                        }
                    });
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().forEach((status, response) -> {
                        String example = RESPONSE_EXAMPLES.get(route + " " + status);
                        if (example != null && response.getContent() != null) {
                            response.getContent().values().forEach(m -> m.setExample(json(example)));
                        }
                    });
                }
            }));
        };
    }

    /**
     * The reader's language reaches a handler as a resolved argument, which springdoc takes for a required query
     * parameter named after it; on the wire it is the optional {@code lang}.
     */
    private static void language(Parameter parameter) {
        if ("language".equals(parameter.getName()) && "query".equals(parameter.getIn())) {
            parameter.name("lang").required(false).schema(new StringSchema()._enum(List.of("en", "fr", "es")))
                    .description("en, fr or es; without it, the lang cookie, then the Accept-Language header");
        }
    }

    /** An update sends the version it read. */
    private static String versioned(String body) {
        return body.replaceFirst("\\{", "{\"version\": 0, ");
    }

    private static Object json(String text) {
        return JsonMapper.builder().build().readValue(text, LinkedHashMap.class);
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
