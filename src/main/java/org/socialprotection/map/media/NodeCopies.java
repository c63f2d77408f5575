package org.socialprotection.map.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The copies a node keeps of files held in a shared store (the database, a bucket), to serve byte ranges from. */
final class NodeCopies {

    private NodeCopies() {
    }

    /** Writes a whole copy beside its final name, then moves it there, so that no reader sees half a file. */
    static void write(InputStream in, Path copies, Path target) throws IOException {
        Files.createDirectories(copies);
        Path partial = Files.createTempFile(copies, "copy-", ".part");
        try {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
