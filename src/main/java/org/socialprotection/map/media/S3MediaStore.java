package org.socialprotection.map.media;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in a bucket of an S3-compatible store (AWS S3, MinIO, Garage, Ceph): every app node configured with the
 * same bucket serves a file uploaded through any of them, and large audio stays out of PostgreSQL. The client is
 * made only when spmap.media.store=s3, so the default start pays nothing for it.
 * <p>
 * <b>Writing.</b> A bucket takes no part in the uploader's database transaction, so the object is written first,
 * during the upload, and removed again if that transaction rolls back, as the large object of
 * {@link DatabaseMediaStore} disappears with its row. A node that dies between the two leaves an object no row
 * names: nothing serves it (a file is served only when its media_file row exists) and its key is never reused,
 * so it costs only space. Removing a file waits for the removal of its row to commit, so a rolled-back
 * removal never leaves a row without its object.
 * <p>
 * <b>Reading.</b> As with the database store, each node serves a file from its own copy under
 * {@code spmap.media.location}/s3-copies, made at its first read (or kept from the upload on the node that took
 * it). Players ask for audio in many small ranges; from the copy Spring answers each one, with the same 206 and 416
 * handling as every other store, instead of one request to the bucket per range, and a bucket that is briefly down
 * does not stop files already served. Keys are never reused, so a copy is never out of date.
 */
@Component
@ConditionalOnProperty(name = "spmap.media.store", havingValue = "s3")
class S3MediaStore implements MediaStore {

    private static final Logger log = LoggerFactory.getLogger(S3MediaStore.class);

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path copies;
    /** Files uploaded while the store was a folder are still served from it. */
    private final LocalMediaStore folder;

    S3MediaStore(MediaSettings settings) {
        MediaSettings.S3 config = settings.s3();
        if (config == null || config.bucket().isBlank()) {
            throw new IllegalStateException("spmap.media.store=s3 needs spmap.media.s3.bucket (SPMAP_MEDIA_S3_BUCKET)");
        }
        this.s3 = client(config);
        this.bucket = config.bucket().strip();
        this.prefix = config.prefix().strip();
        this.copies = settings.location().toAbsolutePath().normalize().resolve("s3-copies");
        this.folder = new LocalMediaStore(settings);
        checkBucket(config);
    }

    static S3Client client(MediaSettings.S3 config) {
        URI endpoint = config.endpointUri();
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(config.connectTimeout())
                        .socketTimeout(config.readTimeout())
                        .connectionAcquisitionTimeout(config.connectTimeout()))
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(Math.max(1, config.maxAttempts()))))
                // the SDK's newer defaults (checksum trailers, aws-chunked bodies) are not understood by every
                // S3-compatible server; the app keeps each file's SHA-256 itself
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint).forcePathStyle(true);
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(MediaSettings.S3 config) {
        if (config.accessKey().isBlank() || config.secretKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
    }

    /** A bucket that does not exist is a mistake to fail the start on; one that cannot be reached just now is not. */
    private void checkBucket(MediaSettings.S3 config) {
        String where = config.endpoint().isBlank() ? "AWS (" + config.region() + ")" : config.endpoint();
        try {
            s3.headBucket(b -> b.bucket(bucket));
            log.info("Media files are stored in the S3 bucket '{}' at {}", bucket, where);
        } catch (NoSuchBucketException e) {
            s3.close();
            throw new IllegalStateException("spmap.media.s3.bucket: there is no bucket '" + bucket + "' at " + where);
        } catch (SdkException e) {
            log.warn("The S3 bucket '{}' at {} cannot be checked now ({}); files will be answered 503 until it can",
                    bucket, where, e.getClass().getSimpleName());
        }
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        MediaKey.require(key);
        Files.createDirectories(copies);
        // the object's length must be known before it is sent: the upload is written to this node's copy first
        Path partial = Files.createTempFile(copies, "upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                s3.putObject(b -> b.bucket(bucket).key(objectName(key)).contentType(contentType(key)),
                        RequestBody.fromFile(partial));
            } catch (SdkException e) {
                throw unavailable("store", key, e);
            }
            Files.move(partial, copies.resolve(key), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        afterRollback(() -> removeNow(key));
    }

    @Override
    public Optional<Resource> get(String key) {
        if (!MediaKey.valid(key)) {
            return Optional.empty();
        }
        Path copy = copies.resolve(key);
        if (Files.isRegularFile(copy)) {
            return Optional.of(new FileSystemResource(copy));
        }
        // a file from before the switch to s3 (keys are unique, so it is in one place only): served while the bucket
        // is down, too
        Optional<Resource> before = folder.get(key);
        if (before.isPresent()) {
            return before;
        }
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(objectName(key)))) {
            NodeCopies.write(in, copies, copy);
            return Optional.of(new FileSystemResource(copy));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException | IOException e) {
            // IOException: the store stopped answering in the middle of the file (the read timeout)
            throw unavailable("read", key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        MediaKey.require(key);
        Files.deleteIfExists(copies.resolve(key));
        folder.delete(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    removeNow(key);
                }
            });
        } else {
            try {
                s3.deleteObject(b -> b.bucket(bucket).key(objectName(key)));
            } catch (SdkException e) {
                throw unavailable("remove", key, e);
            }
        }
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    String objectName(String key) {
        return prefix + key;
    }

    /** After the transaction: a failure is only logged, as the row's fate is sealed and the object is unreachable. */
    private void removeNow(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(objectName(key)));
        } catch (SdkException e) {
            log.warn("Could not remove the unused object '{}' from the S3 bucket '{}' ({}); it is served by nothing",
                    objectName(key), bucket, e.getClass().getSimpleName());
        }
        try {
            Files.deleteIfExists(copies.resolve(key));
        } catch (IOException e) {
            log.warn("Could not remove this node's copy of '{}': {}", key, e.getMessage());
        }
    }

    private static void afterRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        action.run();
                    }
                }
            });
        }
    }

    private MediaUnavailable unavailable(String what, String key, Exception e) {
        // the exception's own message may carry the endpoint; the log has it, the client never does
        log.warn("S3 bucket '{}': could not {} '{}': {}", bucket, what, key, e.toString());
        return new MediaUnavailable(e);
    }

    private static String contentType(String key) {
        String extension = key.substring(key.lastIndexOf('.') + 1);
        for (MediaKind kind : MediaKind.values()) {
            if (kind.extension().equals(extension)) {
                return kind.contentType();
            }
        }
        return "application/octet-stream";
    }
}
