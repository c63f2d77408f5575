package org.socialprotection.map.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file for the page and for scripts alike: finds the kind of record, refuses an empty or oversized file
 * before anything reads it, and runs the import at once or as a background job. A column mapping is a map of field
 * to column; a blank column says "none".
 */
@Service
class Imports {

    private final ImportEngine engine;
    private final ImportJobs jobs;
    private final Map<String, ImportKind<?>> kinds;
    private final JsonMapper json;
    private final long maxSize;

    Imports(ImportEngine engine, ImportJobs jobs, List<ImportKind<?>> kinds, JsonMapper json,
            @Value("${spmap.imports.max-size:20MB}") DataSize maxSize) {
        this.engine = engine;
        this.jobs = jobs;
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
        this.json = json;
        this.maxSize = maxSize.toBytes();
    }

    /** Reports its reasons in {@code locale}'s language where they are translated (English, French, Spanish). */
    ImportReport run(String type, byte[] bytes, Map<String, String> mapping, boolean dryRun, boolean partial,
                     String username, Locale locale) {
        ImportKind<?> kind = kind(type);
        accept(bytes);
        return read(() -> engine.run(kind, bytes, mapping, dryRun, partial, username, ImportEngine.Progress.NONE,
                locale));
    }

    /** The same import in the background; a file that cannot be read fails the job with the reason. */
    ImportJobs.Status start(String type, byte[] bytes, Map<String, String> mapping, boolean dryRun, boolean partial,
                            String username, Locale locale) {
        ImportKind<?> kind = kind(type);
        accept(bytes);
        return jobs.submit(type, mapping, dryRun, username,
                progress -> read(() -> engine.run(kind, bytes, mapping, dryRun, partial, username, progress, locale)));
    }

    /**
     * Commits {@code bytes} as the dry run {@code checked} read them: of the same kind, with the same mapping, so
     * that what is stored is what the report showed.
     */
    ImportJobs.Status commit(String checked, byte[] bytes, boolean partial, String username, Locale locale) {
        ImportJobs.Status dryRun = job(checked, username);
        Map<String, String> mapping = jobs.mapping(checked, username)
                .orElseThrow(() -> new NotFoundException("import job", checked));
        return start(dryRun.type(), bytes, mapping, false, partial, username, locale);
    }

    /** The rows of {@code bytes} that {@code report} refused, for the person to correct and import again. */
    byte[] refused(byte[] bytes, ImportReport report) {
        return read(() -> RefusedRows.csv(TableReader.read(bytes), report));
    }

    /** A job of this owner; another's is not found, so that ids cannot be probed. */
    ImportJobs.Status job(String id, String owner) {
        return jobs.status(id, owner).orElseThrow(() -> new NotFoundException("import job", id));
    }

    /** The fields a row of this type cannot do without. */
    List<String> required(String type) {
        return kind(type).required();
    }

    /** An example file: the header and one row. */
    String template(String type) {
        return kind(type).template();
    }

    /** A mapping as people type it, a JSON object such as {"title": "Market name"}; none when blank. */
    Map<String, String> mapping(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return new LinkedHashMap<>(json.readValue(text, new TypeReference<Map<String, String>>() { }));
        } catch (RuntimeException e) {
            throw new BadRequestException("mapping", "error.import.mapping",
                    "expected a JSON object of field names to column names, such as {\"title\": \"Market name\"}");
        }
    }

    private ImportKind<?> kind(String type) {
        ImportKind<?> kind = kinds.get(type);
        if (kind == null) {
            throw new NotFoundException("import type", type);
        }
        return kind;
    }

    private void accept(byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadRequestException("file", "error.import.empty", "the file is empty");
        }
        if (bytes.length > maxSize) {
            throw new FileTooLarge(bytes.length, maxSize);
        }
    }

    private static <T> T read(Supplier<T> run) {
        try {
            return run.get();
        } catch (TableReader.UnreadableException e) {
            throw new BadRequestException("file", "error.import.unreadable", e.getMessage(), e.getMessage());
        }
    }

    /** A file over the import limit: the page words it in the reader's language and units (Mo in French). */
    static final class FileTooLarge extends ResponseStatusException {
        final long size;
        final long max;

        FileTooLarge(long size, long max) {
            super(HttpStatus.CONTENT_TOO_LARGE, "the file is " + size / (1024 * 1024) + " MB; an import takes at most "
                    + max / (1024 * 1024) + " MB: split it into several files");
            this.size = size;
            this.max = max;
        }
    }
}
