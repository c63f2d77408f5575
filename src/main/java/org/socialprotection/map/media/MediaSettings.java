package org.socialprotection.map.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * spmap.media.*: the folder files are stored in, and the largest PDF and audio file accepted. The servlet's multipart
 * limit (spring.servlet.multipart.max-file-size) must be at least the larger of the two.
 */
@ConfigurationProperties("spmap.media")
public record MediaSettings(@DefaultValue("./var/media") Path location,
                            @DefaultValue("50MB") DataSize maxPdfSize,
                            @DefaultValue("200MB") DataSize maxAudioSize) {

    public DataSize limitFor(MediaKind kind) {
        return kind.audio() ? maxAudioSize : maxPdfSize;
    }
}
