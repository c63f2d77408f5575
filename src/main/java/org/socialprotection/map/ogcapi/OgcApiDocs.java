package org.socialprotection.map.ogcapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.observation.Kind;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the routes of OGC API - Features to the atlas's OpenAPI document (/v3/api-docs), which the landing page names
 * as its service description. springdoc documents /api/** only, and these routes read their parameters from a map,
 * so they are described here by hand, as the building blocks of OGC API - Features Part 1 describe them.
 */
@Configuration
class OgcApiDocs {

    static final String TAG = "OGC API - Features";

    @Bean
    OpenApiCustomizer ogcApiPaths() {
        return api -> {
            api.addTagsItem(new Tag().name(TAG).description("Observations and countries for GIS software; see "
                    + "docs/CONFORMANCE.md. Every resource is JSON or HTML: f=json|html, else the Accept header."));
            api.path(Links.BASE, get("getLandingPage", "Landing page", Links.JSON, format()));
            api.path(Links.BASE + "/conformance", get("getConformanceDeclaration", "Conformance classes implemented",
                    Links.JSON, format()));
            api.path(Links.BASE + "/collections", get("getCollections", "The collections", Links.JSON, format()));
            api.path(Links.BASE + "/collections/{collectionId}", get("describeCollection", "One collection",
                    Links.JSON, collectionId(), format()));
            api.path(Links.BASE + "/collections/{collectionId}/items", get("getFeatures", "Features of a "
                    + "collection, a page at a time (links next and prev). numberMatched is given up to "
                    + org.socialprotection.map.observation.ObservationReader.COUNT_LIMIT + " matches and left out "
                    + "above (counting a continent would cost more than the page); next is then given while pages "
                    + "are full", Links.GEOJSON, collectionId(), bbox(),
                    datetime(), limit(), query("offset", "features to skip, 0 or more", new IntegerSchema()
                            .minimum(BigDecimal.ZERO)._default(0)),
                    codes("kind", "observations only: kinds of observation", Kind.class),
                    codes("group", "observations only: records about these worker groups (as the JSON API's "
                            + "groupMatch=only: records about informal workers in general are left out)",
                            WorkerGroup.class),
                    query("country", "ISO 3166-1 alpha-3 codes, comma-separated", new StringSchema().example("GHA")),
                    format()));
            api.path(Links.BASE + "/collections/{collectionId}/items/{featureId}", get("getFeature", "One feature",
                    Links.GEOJSON, collectionId(), new Parameter().in("path").name("featureId").required(true)
                            .description("an observation id (a number) or an ISO 3166-1 alpha-3 code")
                            .schema(new StringSchema()), format()));
            api.path(Links.BASE + "/api", new PathItem().get(new Operation().addTagsItem(TAG)
                    .operationId("getApiDefinition")
                    .summary("Redirects to this document, or to its Swagger UI for f=html")
                    .addParametersItem(format())
                    .responses(new ApiResponses().addApiResponse("303", new ApiResponse().description("See Other")))));
        };
    }

    private static PathItem get(String operationId, String summary, String jsonType, Parameter... parameters) {
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description(summary).content(new Content()
                        .addMediaType(jsonType, new MediaType().schema(new ObjectSchema()))
                        .addMediaType(Links.HTML, new MediaType().schema(new StringSchema()))))
                .addApiResponse("400", problem("A parameter is unknown or its value wrong"));
        if (Arrays.stream(parameters).anyMatch(p -> "path".equals(p.getIn()))) {
            responses.addApiResponse("404", problem("No such collection or feature"));
        }
        return new PathItem().get(new Operation().addTagsItem(TAG).operationId(operationId).summary(summary)
                .parameters(new ArrayList<>(List.of(parameters))).responses(responses));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema()))
                .addMediaType(Links.HTML, new MediaType().schema(new StringSchema())));
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
    }

    private static Parameter format() {
        return query("f", "json or html; without it the Accept header decides, else JSON",
                new StringSchema()._enum(List.of("json", "html")));
    }

    private static Parameter collectionId() {
        return new Parameter().in("path").name("collectionId").required(true)
                .schema(new StringSchema()._enum(List.of("observations", "countries")));
    }

    private static Parameter bbox() {
        return query("bbox", "minLon,minLat,maxLon,maxLat in CRS84; minLon > maxLon crosses the antimeridian",
                new ArraySchema().items(new NumberSchema()).minItems(4).maxItems(6)).style(Parameter.StyleEnum.FORM)
                .explode(false).example("-0.5,5.3,0.2,5.8");
    }

    private static Parameter limit() {
        return query("limit", "1 or more, default " + ItemsQuery.DEFAULT_LIMIT + "; a larger limit than "
                + ItemsQuery.MAX_LIMIT + " is not an error, the page is cut to " + ItemsQuery.MAX_LIMIT,
                new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ItemsQuery.MAX_LIMIT))
                        ._default(ItemsQuery.DEFAULT_LIMIT));
    }

    private static Parameter datetime() {
        return query("datetime", "RFC 3339 date-time or interval start/end, '..' for an open end; observations "
                + "match by the years of their observed period; countries ignore it", new StringSchema()
                .example("2015-01-01T00:00:00Z/.."));
    }

    private static <E extends Enum<E> & Coded> Parameter codes(String name, String description, Class<E> type) {
        return query(name, description + ", comma-separated", new StringSchema().example(
                type.getEnumConstants()[0].code()));
    }
}
