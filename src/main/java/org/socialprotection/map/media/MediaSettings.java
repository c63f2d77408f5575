package org.socialprotection.map.media;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * spmap.media.*: where files are stored (a folder of the server, the database or an S3-compatible bucket, the last
 * two so that every app node serves them), the folder, and the largest PDF and audio file accepted. The servlet's
 * multipart limit (spring.servlet.multipart.max-file-size) must be at least the larger of the two.
 */
@ConfigurationProperties("spmap.media")
public record MediaSettings(@DefaultValue("./var/media") Path location,
                            @DefaultValue("50MB") DataSize maxPdfSize,
                            @DefaultValue("200MB") DataSize maxAudioSize,
                            @DefaultValue("folder") Store store,
                            @DefaultValue S3 s3) {

    /** Where the files themselves are kept. */
    public enum Store {
        /** Files in {@code location}: one node, or a volume every node mounts. */
        FOLDER,
        /** The database's large objects; {@code location} then only holds each node's copies of files it served. */
        DATABASE,
        /** A bucket of an S3-compatible store (spmap.media.s3.*); {@code location} holds each node's copies. */
        S3
    }

    /**
     * spmap.media.s3.*, read only when the store is {@code s3}. An empty endpoint is AWS itself (virtual-host
     * addressing); any other (MinIO, Garage, Ceph) is addressed path-style. Empty keys leave the credentials to the
     * AWS SDK's usual chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, an instance role). Every call has
     * a connect and a read timeout, so that a store that is down or silent is a prompt 503, never a hung request.
     */
    public record S3(@DefaultValue("") String endpoint,
                     @DefaultValue("us-east-1") String region,
                     @DefaultValue("") String bucket,
                     @DefaultValue("") String prefix,
                     @DefaultValue("") String accessKey,
                     @DefaultValue("") String secretKey,
                     @DefaultValue("2s") Duration connectTimeout,
                     @DefaultValue("30s") Duration readTimeout,
                     @DefaultValue("3") int maxAttempts) {

        /** The endpoint as a URI, or null for AWS's own. */
        URI endpointUri() {
            return endpoint.isBlank() ? null : URI.create(endpoint.strip());
        }

        /** Never prints the secret, which would otherwise show in a log line or a failed binding's message. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                    + ", accessKey=" + (accessKey.isEmpty() ? "" : "(set)") + ", secretKey="
                    + (secretKey.isEmpty() ? "" : "(set)") + ", connectTimeout=" + connectTimeout + ", readTimeout="
                    + readTimeout + ", maxAttempts=" + maxAttempts + "]";
        }
    }

    public DataSize limitFor(MediaKind kind) {
        return kind.audio() ? maxAudioSize : maxPdfSize;
    }
}
