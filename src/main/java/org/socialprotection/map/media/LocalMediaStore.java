package org.socialprotection.map.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Files in a folder of the server (spmap.media.location), created when first needed. */
@Component
@ConditionalOnProperty(name = "spmap.media.store", havingValue = "folder", matchIfMissing = true)
class LocalMediaStore implements MediaStore {

    private final Path root;

    LocalMediaStore(MediaSettings settings) {
        this.root = settings.location().toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(root);
        Path partial = Files.createTempFile(root, "upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public Optional<Resource> get(String key) {
        if (!MediaKey.valid(key)) {
            return Optional.empty();
        }
        Path file = resolve(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** The file of a key; nothing outside the folder, whatever the key says. */
    Path resolve(String key) {
        if (!MediaKey.valid(key)) {
            throw new IllegalArgumentException("not a media key: '" + key + "'");
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("not a media key: '" + key + "'");
        }
        return file;
    }
}
