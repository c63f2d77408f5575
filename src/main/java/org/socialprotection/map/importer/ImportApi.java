package org.socialprotection.map.importer;

import java.io.IOException;
import java.net.URI;
import java.util.List;
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
 * (and, without a dry run, stored), 422 with the report when any row is wrong and nothing was stored. With
 * {@code partial=true} the valid rows are stored and the refused ones left out (200 with the report, which says so).
 * {@code report} chooses the answer: json, csv or xlsx (the report), or refused (the refused rows as CSV, the
 * file's columns plus an error column, to correct and import again).
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
                             @RequestParam(defaultValue = "false") boolean partial,
                             @RequestParam(defaultValue = "json") String report,
                             Authentication authentication, Language language) throws IOException {
        if (!List.of("json", "csv", "xlsx", "refused").contains(report)) {
            throw new BadRequestException("report", "error.param.choice", "'" + report + "' is not one of json, csv, xlsx, refused",
                    report, "json, csv, xlsx, refused");
        }
        byte[] bytes = file.getBytes();
        ImportReport result = imports.run(type, bytes, imports.mapping(mapping), dryRun, partial,
                authentication.getName(), language.locale());
        HttpStatus status = result.valid() || result.committed() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        return switch (report) {
            case "csv" -> ReportFiles.csv(status, "import-report.csv", ReportCsv.of(result));
            case "xlsx" -> ReportFiles.xlsx(status, ReportXlsx.of(result));
            case "refused" -> ReportFiles.csv(status, "refused-rows.csv", imports.refused(bytes, result));
            default -> ResponseEntity.status(status).body(result);
        };
    }

    /** A large file in the background: 202 with the job, whose progress and report are at its Location. */
    @PostMapping(path = "/api/imports/{type:observations|schemes|publications|indicators}", params = "async=true",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobs.Status> start(@PathVariable String type, @RequestPart("file") MultipartFile file,
                                            @RequestPart(name = "mapping", required = false) String mapping,
                                            @RequestParam(defaultValue = "true") boolean dryRun,
                                            @RequestParam(defaultValue = "false") boolean partial,
                                            Authentication authentication, Language language) throws IOException {
        ImportJobs.Status job = imports.start(type, file.getBytes(), imports.mapping(mapping), dryRun, partial,
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
