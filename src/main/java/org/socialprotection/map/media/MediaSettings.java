package org.socialprotection.map.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * spmap.media.*: where files are stored (a folder of the server, or the database so that every app node sharing it
 * serves them), the folder, and the largest PDF and audio file accepted. The servlet's multipart limit
 * (spring.servlet.multipart.max-file-size) must be at least the larger of the two.
 */
@ConfigurationProperties("spmap.media")
public record MediaSettings(@DefaultValue("./var/media") Path location,
                            @DefaultValue("50MB") DataSize maxPdfSize,
                            @DefaultValue("200MB") DataSize maxAudioSize,
                            @DefaultValue("folder") Store store) {

    /** Where the files themselves are kept. */
    public enum Store {
        /** Files in {@code location}: one node, or a volume every node mounts. */
        FOLDER,
        /** The database's large objects; {@code location} then only holds each node's copies of files it served. */
        DATABASE
    }

    public DataSize limitFor(MediaKind kind) {
        return kind.audio() ? maxAudioSize : maxPdfSize;
    }
}
