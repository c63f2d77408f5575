package org.socialprotection.map.ogcapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.StreamedFeatureCollection;
import org.socialprotection.map.ogcapi.Documents.Collection;
import org.socialprotection.map.ogcapi.Documents.Collections;
import org.socialprotection.map.ogcapi.Documents.Conformance;
import org.socialprotection.map.ogcapi.Documents.Feature;
import org.socialprotection.map.ogcapi.Documents.FeatureCollection;
import org.socialprotection.map.ogcapi.Documents.LandingPage;
import org.socialprotection.map.ogcapi.Documents.Link;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.atlas.QueryParams;
import org.socialprotection.map.web.PublicUrl;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SpringDocConfigProperties.ApiDocs.OpenApiVersion;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * OGC API - Features, Part 1: Core, with the GeoJSON and HTML encodings. Every route: parse (400), look up (404),
 * answer as JSON or as a page, whichever {@link Format} the request asks for. docs/CONFORMANCE.md has the details.
 */
@Controller
@RequestMapping(Links.BASE)
// public data for web maps on other sites too: any origin may read it, never with the visitor's credentials
@CrossOrigin(origins = "*", methods = {RequestMethod.GET, RequestMethod.HEAD})
class OgcApi {

    static final String CONFORMANCE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";

    private final Map<String, OgcCollection> collections = new LinkedHashMap<>();
    private final MessageSource messages;
    private final boolean oas30;
    private final PublicUrl publicUrl;

    /**
     * springdoc writes OpenAPI 3.1 unless told otherwise: the requirements class oas30 is declared only when the
     * document the landing page links to is OpenAPI 3.0 (springdoc.api-docs.version=openapi_3_0).
     */
    OgcApi(List<OgcCollection> collections, MessageSource messages, SpringDocConfigProperties springdoc,
           PublicUrl publicUrl) {
        collections.forEach(c -> this.collections.put(c.id(), c));
        this.messages = messages;
        this.oas30 = springdoc.getApiDocs().getVersion() == OpenApiVersion.OPENAPI_3_0;
        this.publicUrl = publicUrl;
    }

    private Links links(HttpServletRequest request) {
        return new Links(request, publicUrl);
    }

    /** Every answer depends on the Accept header as well as the address: caches must keep them apart. */
    @ModelAttribute
    void vary(HttpServletResponse response) {
        response.addHeader("Vary", "Accept");
    }

    @GetMapping({"", "/"})
    Object landing(@RequestParam MultiValueMap<String, String> params, Language language, HttpServletRequest request) {
        Format format = formatOnly(params, request);
        Links links = links(request);
        List<Link> all = new ArrayList<>(links.selfAndAlternate("", format, Links.JSON));
        all.add(new Link(links.site("/v3/api-docs"), "service-desc", "application/vnd.oai.openapi+json;version="
                + (oas30 ? "3.0" : "3.1"), "OpenAPI"));
        all.add(new Link(links.site("/swagger-ui.html"), "service-doc", Links.HTML, "Swagger UI"));
        all.addAll(links.both("/conformance", "conformance", Links.JSON));
        all.addAll(links.both("/collections", "data", Links.JSON));
        return render(format, links, new LandingPage(label("ogcapi.title", language),
                label("ogcapi.description", language), all), Links.JSON, "ogcapi/landing", Map.of());
    }

    /** The API definition: the atlas's OpenAPI document, or its Swagger UI for a browser. */
    @GetMapping("/api")
    ResponseEntity<Void> api(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        Links links = links(request);
        String target = formatOnly(params, request) == Format.HTML ? "/swagger-ui.html" : "/v3/api-docs";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(links.site(target))).build();
    }

    @GetMapping("/conformance")
    Object conformance(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        Format format = formatOnly(params, request);
        List<String> classes = new ArrayList<>(List.of(CONFORMANCE + "core", CONFORMANCE + "geojson",
                CONFORMANCE + "html"));
        if (oas30) {
            classes.add(CONFORMANCE + "oas30");
        }
        return render(format, links(request), new Conformance(classes), Links.JSON, "ogcapi/conformance",
                Map.of());
    }

    @GetMapping("/collections")
    Object collections(@RequestParam MultiValueMap<String, String> params, Language language,
                       HttpServletRequest request) {
        Format format = formatOnly(params, request);
        Links links = links(request);
        List<Collection> all = collections.values().stream().map(c -> describe(c, Format.JSON, language, links))
                .toList();
        return render(format, links, new Collections(links.selfAndAlternate("/collections", format, Links.JSON), all),
                Links.JSON, "ogcapi/collections", Map.of());
    }

    @GetMapping("/collections/{collectionId}")
    Object collection(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
                      Language language, HttpServletRequest request) {
        Format format = formatOnly(params, request);
        Links links = links(request);
        Collection collection = describe(find(collectionId), format, language, links);
        return render(format, links, collection, Links.JSON, "ogcapi/collection", Map.of());
    }

    @GetMapping("/collections/{collectionId}/items")
    Object items(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
                 Language language, HttpServletRequest request) {
        Format format = Format.of(request);
        OgcCollection collection = find(collectionId);
        ItemsQuery query = ItemsQuery.parse(params, collection.filters());
        Links links = links(request);
        String timeStamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Optional<StreamedFeatureCollection.Source> stream = format == Format.JSON
                ? collection.stream(query, language, links.site("")) : Optional.empty();
        if (stream.isPresent()) {
            // the members that depend on how many features there were follow them
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("type", "FeatureCollection");
            head.put("timeStamp", timeStamp);
            return render(format, links, new StreamedFeatureCollection(head, stream.get(), (returned, matched) -> {
                Map<String, Object> tail = new LinkedHashMap<>();
                tail.put("numberMatched", matched);
                tail.put("numberReturned", returned);
                tail.put("links", pageLinks(links, format, query, collectionId, returned, matched));
                return tail;
            }), Links.GEOJSON, "ogcapi/items", Map.of());
        }
        OgcCollection.Page page = collection.items(query, language, links.site(""));
        FeatureCollection document = new FeatureCollection(page.numberMatched(), timeStamp,
                pageLinks(links, format, query, collectionId, page.features().size(), page.numberMatched()),
                page.features());
        // only the HTML page shows the collection's description: its extent is a scan of every published row
        return render(format, links, document, Links.GEOJSON, "ogcapi/items", format == Format.JSON ? Map.of()
                : Map.of("collection", describe(collection, Format.JSON, language, links), "query", query,
                "countLimit", org.socialprotection.map.observation.ObservationReader.COUNT_LIMIT));
    }

    /** self and alternate, next while there may be more, prev after the first page, and the collection. */
    private static List<Link> pageLinks(Links links, Format format, ItemsQuery query, String collectionId,
                                        int returned, Long matched) {
        List<Link> all = new ArrayList<>(List.of(links.current(format, null, "self", Links.GEOJSON),
                links.current(format.other(), null, "alternate", Links.GEOJSON)));
        if (matched == null ? returned == query.limit() : query.offset() + returned < matched) {
            all.add(links.current(format, query.offset() + returned, "next", Links.GEOJSON));
        }
        if (query.offset() > 0) {
            all.add(links.current(format, Math.max(0, query.offset() - query.limit()), "prev", Links.GEOJSON));
        }
        all.add(links.to("/collections/" + collectionId, Format.JSON, "collection", Links.JSON));
        return all;
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    Object item(@PathVariable String collectionId, @PathVariable String featureId,
                @RequestParam MultiValueMap<String, String> params, Language language, HttpServletRequest request) {
        Format format = formatOnly(params, request);
        OgcCollection collection = find(collectionId);
        Links links = links(request);
        String path = "/collections/" + collectionId + "/items/" + featureId;
        List<Link> all = new ArrayList<>(links.selfAndAlternate(path, format, Links.GEOJSON));
        all.add(links.to("/collections/" + collectionId, Format.JSON, "collection", Links.JSON));
        Feature feature = collection.item(featureId, language, links.site("")).withLinks(all);
        return render(format, links, feature, Links.GEOJSON, "ogcapi/item", format == Format.JSON ? Map.of()
                : Map.of("collection", describe(collection, Format.JSON, language, links)));
    }

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.parameter() + "': " + e.getMessage());
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", e.parameter());
        return problem(problem, request);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem(problem, request);
    }

    private Object problem(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        if (Format.forError(request) == Format.HTML) {
            return new ModelAndView("ogcapi/error", Map.of("problem", problem),
                    HttpStatus.valueOf(problem.getStatus()));
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The format of a resource that takes no parameter but f (and lang, as every resource of the atlas). */
    private static Format formatOnly(MultiValueMap<String, String> params, HttpServletRequest request) {
        QueryParams.of(params, Set.of("f"));
        return Format.of(request);
    }

    private OgcCollection find(String collectionId) {
        OgcCollection collection = collections.get(collectionId);
        if (collection == null) {
            throw new NotFoundException("collection", collectionId);
        }
        return collection;
    }

    /** A collection as the collections list shows it (JSON self link), or as its own document in a format. */
    private Collection describe(OgcCollection c, Format format, Language language, Links links) {
        String path = "/collections/" + c.id();
        List<Link> all = new ArrayList<>(links.selfAndAlternate(path, format, Links.JSON));
        all.addAll(links.both(path + "/items", "items", Links.GEOJSON));
        return new Collection(c.id(), label("ogcapi.collection." + c.id() + ".title", language),
                label("ogcapi.collection." + c.id() + ".description", language), all, c.extent(), "feature",
                List.of(Documents.CRS84), Documents.CRS84);
    }

    /** Titles and descriptions come from the ogcapi label bundle, in the language asked for. */
    private String label(String key, Language language) {
        return messages.getMessage(key, null, key, language.locale());
    }

    /** The document as JSON, or its page: the page gets the document and the address of its JSON. */
    private static Object render(Format format, Links links, Object document, String jsonType, String view,
                                 Map<String, Object> model) {
        if (format == Format.JSON) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(jsonType)).body(document);
        }
        ModelAndView page = new ModelAndView(view, model);
        page.addObject("doc", document);
        page.addObject("json", links.current(Format.JSON, null, "alternate", jsonType).href());
        return page;
    }
}
