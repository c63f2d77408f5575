package org.socialprotection.map.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded file between its dry run and its commit, so that the researcher commits exactly the file that
 * was checked without sending it again. Files live in the temporary folder under a random name and expire in a day.
 */
@Component
class Uploads {

    static final Duration KEEP = Duration.ofDays(1);
    private final Path folder;

    Uploads() throws IOException {
        this.folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "spmap-imports"));
    }

    String keep(byte[] bytes, String owner) {
        expire();
        String token = UUID.randomUUID().toString();
        try {
            Files.write(folder.resolve(owner.replaceAll("[^A-Za-z0-9._@-]", "_") + "-" + token), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    /** The file kept under this token for this owner; a token is a UUID, nothing else reaches the file system. */
    Optional<byte[]> get(String token, String owner) {
        try {
            UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Path file = folder.resolve(owner.replaceAll("[^A-Za-z0-9._@-]", "_") + "-" + token);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void expire() {
        Instant oldest = Instant.now().minus(KEEP);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(oldest);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // an expired upload left behind is harmless
        }
    }
}
