package org.socialprotection.map.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/coverage: the matrix as JSON, or as CSV with format=csv or Accept: text/csv. */
@RestController
class CoverageApi {

    static final Set<String> PARAMETERS = Set.of("branch", "group", "region", "year", "sort", "format");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CoverageReader reader;

    CoverageApi(CoverageReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/coverage")
    ResponseEntity<?> coverage(@RequestParam MultiValueMap<String, String> params,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                               Language language) throws IOException {
        QueryParams query = QueryParams.of(params, PARAMETERS);
        String format = query.text("format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new BadRequestException("format", "error.param.choice", "'" + format + "' is not one of csv, json",
                    format, "csv, json");
        }
        boolean csv = "csv".equals(format) || format == null && prefersCsv(accept);
        CoverageMatrix matrix = reader.matrix(CoverageQuery.parse(query, reader.regions()), language);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(matrix);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coverage-" + matrix.year() + "-" + LocalDate.now() + ".csv").build().toString())
                .contentType(CSV).body(CoverageCsv.write(matrix).getBytes(StandardCharsets.UTF_8));
    }

    /** CSV when the client ranks text/csv above JSON: a browser's Accept of everything still gets JSON. */
    static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = 0;
        double json = 0;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    csv = Math.max(csv, type.getQualityValue());
                } else if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return csv > 0 && csv > json;
    }
}
