package org.socialprotection.map.importer;

import java.io.IOException;
import java.net.URI;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import for scripts: POST the file as the multipart part {@code file} (and an optional column mapping as the
 * part {@code mapping}, JSON such as {"title": "Market name"}). Answers the report: 200 when every row is valid
 * (and, without a dry run, stored), 422 with the report when any row is wrong and nothing was stored.
 */
@RestController
class ImportApi {

    private final Imports imports;

    ImportApi(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/imports/{type:observations|schemes|publications|indicators}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@PathVariable String type, @RequestPart("file") MultipartFile file,
                             @RequestPart(name = "mapping", required = false) String mapping,
                             @RequestParam(defaultValue = "true") boolean dryRun,
                             @RequestParam(defaultValue = "json") String report,
                             Authentication authentication, Language language) throws IOException {
        if (!report.equals("json") && !report.equals("csv")) {
            throw new BadRequestException("report", "'" + report + "' is not one of json, csv");
        }
        ImportReport result = imports.run(type, file.getBytes(), imports.mapping(mapping), dryRun,
                authentication.getName(), language.locale());
        HttpStatus status = result.valid() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        if (report.equals("csv")) {
            return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-report.csv\"")
                    .body(ReportCsv.of(result));
        }
        return ResponseEntity.status(status).body(result);
    }

    /** A large file in the background: 202 with the job, whose progress and report are at its Location. */
    @PostMapping(path = "/api/imports/{type:observations|schemes|publications|indicators}", params = "async=true",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobs.Status> start(@PathVariable String type, @RequestPart("file") MultipartFile file,
                                            @RequestPart(name = "mapping", required = false) String mapping,
                                            @RequestParam(defaultValue = "true") boolean dryRun,
                                            Authentication authentication, Language language) throws IOException {
        ImportJobs.Status job = imports.start(type, file.getBytes(), imports.mapping(mapping), dryRun,
                authentication.getName(), language.locale());
        return ResponseEntity.accepted().location(URI.create("/api/imports/jobs/" + job.id())).body(job);
    }

    @GetMapping("/api/imports/jobs/{id}")
    ImportJobs.Status job(@PathVariable String id, Authentication authentication) {
        String owner = authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName()) ? null : authentication.getName();
        return imports.job(id, owner);
    }

    @GetMapping("/api/imports/templates/{type:observations|schemes|publications|indicators}.csv")
    ResponseEntity<String> template(@PathVariable String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + type + "-template.csv\"")
                .body(imports.template(type));
    }
}
