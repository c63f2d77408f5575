package org.socialprotection.map.importer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.NotFoundException;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import for scripts: POST the file as the multipart part {@code file} (and an optional column mapping as the
 * part {@code mapping}, JSON such as {"title": "Market name"}). Answers the report: 200 when every row is valid
 * (and, without a dry run, stored), 422 with the report when any row is wrong and nothing was stored.
 */
@RestController
class ImportApi {

    private final ImportEngine engine;
    private final Map<String, ImportKind<?>> kinds;
    private final JsonMapper json;
    private final long maxSize;
    private final org.springframework.beans.factory.ObjectProvider<ImportJobs> jobs;

    ImportApi(ImportEngine engine, List<ImportKind<?>> kinds, JsonMapper json,
              @org.springframework.beans.factory.annotation.Value("${spmap.imports.max-size:20MB}")
              org.springframework.util.unit.DataSize maxSize,
              org.springframework.beans.factory.ObjectProvider<ImportJobs> jobs) {
        this.jobs = jobs;
        this.engine = engine;
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
        this.json = json;
        this.maxSize = maxSize.toBytes();
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
        ImportReport result = run(type, file.getBytes(), mapping, dryRun, authentication.getName(),
                ImportEngine.Progress.NONE, language.locale());
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
        kind(type);
        byte[] bytes = file.getBytes();
        accept(bytes);
        ImportJobs.Status job = jobs.getObject().submit(type, bytes, mapping, dryRun, authentication.getName(),
                language.locale());
        return ResponseEntity.accepted().location(java.net.URI.create("/api/imports/jobs/" + job.id())).body(job);
    }

    @GetMapping("/api/imports/jobs/{id}")
    ImportJobs.Status job(@PathVariable String id, Authentication authentication) {
        String owner = authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName()) ? null : authentication.getName();
        return jobs.getObject().status(id, owner).orElseThrow(() -> new NotFoundException("import job", id));
    }

    @GetMapping("/api/imports/templates/{type:observations|schemes|publications|indicators}.csv")
    ResponseEntity<String> template(@PathVariable String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + type + "-template.csv\"")
                .body(kind(type).template());
    }

    ImportReport run(String type, byte[] bytes, String mapping, boolean dryRun, String username) {
        return run(type, bytes, mapping, dryRun, username, ImportEngine.Progress.NONE, java.util.Locale.ENGLISH);
    }

    /** Reports its reasons in {@code locale}'s language where they are translated (English, French, Spanish). */
    ImportReport run(String type, byte[] bytes, String mapping, boolean dryRun, String username,
                     ImportEngine.Progress progress, java.util.Locale locale) {
        accept(bytes);
        try {
            return engine.run(kind(type), bytes, mapping(mapping), dryRun, username, progress, locale);
        } catch (TableReader.UnreadableException e) {
            throw new BadRequestException("file", e.getMessage());
        }
    }

    /** Refuses an empty file, or one over the import limit, before anything reads it. */
    private void accept(byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadRequestException("file", "the file is empty");
        }
        if (bytes.length > maxSize) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "the file is " + bytes.length / (1024 * 1024) + " MB; an import takes at most "
                            + maxSize / (1024 * 1024) + " MB: split it into several files");
        }
    }

    private ImportKind<?> kind(String type) {
        ImportKind<?> kind = kinds.get(type);
        if (kind == null) {
            throw new NotFoundException("import type", type);
        }
        return kind;
    }

    /** The fields a row of this type cannot do without. */
    List<String> required(String type) {
        return kind(type).required();
    }

    /** A mapping as the page's column choices give it, as the JSON the engine reads. */
    String mappingText(Map<String, String> mapping) {
        return json.writeValueAsString(mapping);
    }

    Map<String, String> mapping(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return new LinkedHashMap<>(json.readValue(text, new TypeReference<Map<String, String>>() { }));
        } catch (RuntimeException e) {
            throw new BadRequestException("mapping", "expected a JSON object of field names to column names, such as "
                    + "{\"title\": \"Market name\"}");
        }
    }
}
