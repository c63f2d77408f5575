package org.socialprotection.map.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.indicator.IndicatorReader;
import org.socialprotection.map.indicator.IndicatorView;
import org.socialprotection.map.observation.ObservationQuery;
import org.socialprotection.map.publication.PublicationQuery;
import org.socialprotection.map.publication.PublicationReader;
import org.socialprotection.map.publication.PublicationView;
import org.socialprotection.map.scheme.SchemeQuery;
import org.socialprotection.map.scheme.SchemeReader;
import org.socialprotection.map.scheme.SchemeView;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.http.ContentDisposition;
import org.socialprotection.map.web.StreamedAnswers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of exactly what a filter shows, published records only, observations at their public point. Takes the
 * same filter parameters as the list endpoints, plus {@code format}.
 */
@RestController
class ExportApi {

    private final ObservationExports observations;
    private final TableExports tables;
    private final SchemeReader schemes;
    private final IndicatorReader indicators;
    private final PublicationReader publications;

    ExportApi(ObservationExports observations, TableExports tables, SchemeReader schemes, IndicatorReader indicators,
              PublicationReader publications) {
        this.observations = observations;
        this.tables = tables;
        this.schemes = schemes;
        this.indicators = indicators;
        this.publications = publications;
    }

    @GetMapping("/api/observations/export")
    ResponseEntity<StreamingResponseBody> observations(@RequestParam MultiValueMap<String, String> params,
                                                       Language language) {
        QueryParams query = QueryParams.of(params, ObservationQuery.union(ObservationQuery.FILTERS, Set.of("format")));
        ExportFormat format = format(query, Set.of(ExportFormat.values()));
        ObservationQuery filters = ObservationQuery.parse(query);
        observations.check(filters);
        return download("observations", format, out -> observations.write(format, filters, language, out));
    }

    @GetMapping("/api/schemes/export")
    ResponseEntity<StreamingResponseBody> schemes(@RequestParam MultiValueMap<String, String> params,
                                                  Language language) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        ExportFormat format = format(QueryParams.of(params, Set.of("format", "country", "branch", "group", "groupMatch",
                "type", "active")), Set.of(ExportFormat.CSV));
        filters.remove("format");
        List<SchemeView> all = everyPage(filters, SchemeQuery.MAX_LIMIT,
                page -> schemes.find(SchemeQuery.parse(page), language).items());
        return download("schemes", format, out -> tables.schemes(all, out));
    }

    /** Published briefs and podcasts, every page of them, as CSV in the publication import's columns. */
    @GetMapping("/api/publications/export")
    ResponseEntity<StreamingResponseBody> publications(@RequestParam MultiValueMap<String, String> params,
                                                       Language language) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        ExportFormat format = format(QueryParams.of(params, Set.of("format", "type", "country", "observation",
                "scheme")), Set.of(ExportFormat.CSV));
        filters.remove("format");
        List<PublicationView> all = everyPage(filters, PublicationQuery.MAX_LIMIT,
                page -> publications.find(PublicationQuery.parse(page), language).items());
        return download("publications", format, out -> tables.publications(all, out));
    }

    @GetMapping("/api/indicators/export")
    ResponseEntity<StreamingResponseBody> indicators(@RequestParam MultiValueMap<String, String> params,
                                                     Language language) {
        QueryParams query = QueryParams.of(params, Set.of("format", "indicator", "country"));
        ExportFormat format = format(query, Set.of(ExportFormat.CSV));
        Set<String> countries = query.countryCodes("country");
        String code = query.text("indicator");
        List<IndicatorView.Value> values = new ArrayList<>();
        for (IndicatorView indicator : indicators.all(language)) {
            if (code == null || code.equals(indicator.code())) {
                indicators.withValues(indicator.code(), language).values().stream()
                        .filter(v -> countries.isEmpty() || countries.contains(v.country())).forEach(values::add);
            }
        }
        return download("indicators", format, out -> tables.indicatorValues(values, out));
    }

    private static String formats(Set<ExportFormat> allowed) {
        return String.join(", ", allowed.stream().sorted().map(Coded::code).toList());
    }

    private static ExportFormat format(QueryParams query, Set<ExportFormat> allowed) {
        String value = query.text("format");
        ExportFormat format = value == null ? ExportFormat.CSV : Coded.find(ExportFormat.class, value)
                .filter(allowed::contains).orElseThrow(() -> new BadRequestException("format", "error.param.choice", "'" + value
                        + "' is not one of " + formats(allowed), value, formats(allowed)));
        return format;
    }

    private static ResponseEntity<StreamingResponseBody> download(String name, ExportFormat format,
                                                                  StreamingResponseBody body) {
        String filename = name + "-" + LocalDate.now() + "." + format.extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .contentType(MediaType.parseMediaType(format.mediaType))
                .body(StreamedAnswers.afterRequestThread(body));
    }

    /** Every page of a list route's answer to these filters, read {@code limit} at a time. */
    private static <T> List<T> everyPage(MultiValueMap<String, String> filters, int limit,
                                         java.util.function.Function<MultiValueMap<String, String>, List<T>> find) {
        List<T> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            filters.set("limit", String.valueOf(limit));
            filters.set("offset", String.valueOf(offset));
            List<T> page = find.apply(filters);
            all.addAll(page);
            if (page.size() < limit) {
                return all;
            }
            offset += page.size();
        }
    }
}
