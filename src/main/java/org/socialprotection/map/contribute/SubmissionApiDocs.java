package org.socialprotection.map.contribute;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/submissions and its status route in the OpenAPI document: what a partner's tool sends and gets. */
@Configuration
class SubmissionApiDocs {

    static final String EXAMPLE = """
            {"kind": "exclusion", "group": "market_traders",
             "story": "Traders at the market were refused health insurance cards because they have no payslip.",
             "placeName": "Makola market", "country": "GHA", "lon": "-0.2085", "lat": "5.5488",
             "privacy": "approximate", "observedOn": "2025-03", "schemeName": "National Health Insurance Scheme",
             "source": "Union meeting minutes, March 2025", "sourceUrl": "https://example.org/minutes-2025-03",
             "witnessed": true, "organisation": "Makola Traders Union", "contact": "secretary@example.org",
             "consent": true}""";
    static final String CREATED = """
            {"reference": "K7QX2M9PLD4RT8WZ3HNC", "status": "received", "reason": null,
             "statusPage": "/contribute/status/K7QX2M9PLD4RT8WZ3HNC"}""";
    static final String REJECTED = """
            {"reference": "K7QX2M9PLD4RT8WZ3HNC", "status": "rejected",
             "reason": "We could not confirm the date with the source.",
             "statusPage": "/contribute/status/K7QX2M9PLD4RT8WZ3HNC"}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    OpenApiCustomizer submissionDocs() {
        return api -> {
            PathItem item = api.getPaths() == null ? null : api.getPaths().get("/api/submissions");
            Operation post = item == null ? null : item.getPost();
            if (post != null) {
                post.setSummary("Send an observation for moderation, without an account");
                post.setDescription("Nothing is public until an editor accepts it. Fields: kind (inclusion or "
                        + "exclusion), group (a worker group code), story (at most 4,000 characters), where (lon and "
                        + "lat, or placeName and country as ISO 3166-1 alpha-3), privacy (approximate, the default, "
                        + "or city), observedOn (YYYY, YYYY-MM or YYYY-MM-DD), schemeName, a source (source, "
                        + "sourceUrl) or witnessed: true, organisation, contact (optional, seen by editors only and "
                        + "deleted after the retention), consent: true. No sign-in, CSRF token or form timestamp: "
                        + "each address may send a few submissions an hour (429 with Retry-After beyond), bodies "
                        + "over 2 MB are refused (413), and 'website' must be absent or empty. 201 gives the "
                        + "reference to follow the status; 422 names the invalid fields.");
                post.setSecurity(new ArrayList<SecurityRequirement>());
                if (post.getRequestBody() != null && post.getRequestBody().getContent() != null) {
                    post.getRequestBody().getContent().values().forEach(m -> m.setExample(json(EXAMPLE)));
                }
                if (post.getResponses() != null) {
                    post.getResponses().addApiResponse("201", new ApiResponse().description("Received")
                            .content(new Content().addMediaType("application/json",
                                    new MediaType().example(json(CREATED)))));
                    post.getResponses().addApiResponse("422", new ApiResponse()
                            .description("Invalid fields, each with its reason; nothing was stored"));
                    post.getResponses().addApiResponse("429", new ApiResponse()
                            .description("Too many submissions from this address in the last hour; see Retry-After"));
                }
            }
            PathItem status = api.getPaths() == null ? null : api.getPaths().get("/api/submissions/{reference}");
            Operation get = status == null ? null : status.getGet();
            if (get != null) {
                get.setSummary("The status of a submission, by the reference its sender received");
                if (get.getParameters() != null) {
                    get.getParameters().stream().filter(p -> "reference".equals(p.getName()))
                            .forEach(p -> p.setExample("K7QX2M9PLD4RT8WZ3HNC"));
                }
                if (get.getResponses() != null && get.getResponses().get("200") != null
                        && get.getResponses().get("200").getContent() != null) {
                    get.getResponses().get("200").getContent().values().forEach(m -> m.setExample(json(REJECTED)));
                }
            }
        };
    }

    private static Object json(String text) {
        return JSON.readValue(text, Object.class);
    }
}
