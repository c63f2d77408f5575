package org.socialprotection.map.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.support.S3rver;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The media battery of {@link MediaTests} again, with the files in a bucket of a real S3-compatible server (s3rver,
 * see {@link S3rver}), and what only a bucket raises: the object is the upload's, a node without a copy serves it
 * (whole and in ranges), a rolled-back upload leaves no object, a removal waits for its commit, and a store that is
 * down or silent is a prompt 503 with a message. Each test's rollback removes the objects its uploads wrote.
 */
@ExtendWith(S3rver.Available.class)
@TestPropertySource(properties = {"spmap.media.store=s3", "spmap.media.location=target/test-media-s3",
        "spmap.media.s3.bucket=" + S3rver.BUCKET, "spmap.media.s3.prefix=media/",
        "spmap.media.s3.access-key=" + S3rver.ACCESS_KEY, "spmap.media.s3.secret-key=" + S3rver.SECRET_KEY,
        "spmap.media.s3.connect-timeout=1s", "spmap.media.s3.read-timeout=5s", "spmap.media.s3.max-attempts=2"})
abstract class MediaS3Tests extends MediaTests {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry properties) {
        properties.add("spmap.media.s3.endpoint", () -> S3rver.shared().endpoint());
    }

    @Autowired MediaSettings settings;
    @Autowired MediaStore store;
    @Autowired PlatformTransactionManager transactions;

    private S3Client bucket;
    private Path copies;

    @BeforeEach
    void openTheBucket() {
        bucket = S3MediaStore.client(settings.s3());
        copies = settings.location().toAbsolutePath().normalize().resolve("s3-copies");
    }

    @AfterEach
    void closeTheBucket() {
        bucket.close();
    }

    @Test
    void anUploadIsAnObjectInTheBucketThatANodeWithoutACopyServes() throws Exception {
        assertThat(store).isInstanceOf(S3MediaStore.class);
        Publication episode = podcast("test-s3-upload", PublicationStatus.PUBLISHED);
        byte[] audio = SyntheticMedia.mp3(60);
        upload(episode, "file", "episode.mp3", audio, "test-editor", "EDITOR").andExpect(status().is3xxRedirection());
        String key = publications.findById(episode.getId()).orElseThrow().getFilePath();
        assertThat(object(key)).isEqualTo(audio);
        assertThat(bucket.headObject(b -> b.bucket(S3rver.BUCKET).key("media/" + key)).contentType())
                .isEqualTo("audio/mpeg");
        // the node that took the upload kept it; without its copy, the file comes from the bucket
        assertThat(copies.resolve(key)).exists();
        Files.delete(copies.resolve(key));
        mvc.perform(get("/media/" + key))
                .andExpect(status().isOk())
                .andExpect(content().bytes(audio));
        Files.delete(copies.resolve(key));
        mvc.perform(get("/media/" + key).header("Range", "bytes=1000-1099"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 1000-1099/" + audio.length))
                .andExpect(content().bytes(Arrays.copyOfRange(audio, 1000, 1100)));

        // another node: its own folder, the same bucket
        MediaSettings otherNode = new MediaSettings(Path.of("target/test-media-s3-b"), settings.maxPdfSize(),
                settings.maxAudioSize(), MediaSettings.Store.S3, settings.s3());
        S3MediaStore other = new S3MediaStore(otherNode);
        try (InputStream in = other.get(key).orElseThrow().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(audio);
        } finally {
            other.close();
        }
        assertThat(store.get(MediaKey.newKey(MediaKind.MP3))).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aRolledBackUploadLeavesNoObjectAndARemovalWaitsForItsCommit() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String[] rolledBack = new String[1];
        transaction.executeWithoutResult(status -> {
            rolledBack[0] = library.save(SyntheticMedia.mp3(3), MediaKind.MP3, "rolled-back.mp3", "test").getKey();
            assertThat(exists(rolledBack[0])).isTrue();
            status.setRollbackOnly();
        });
        assertThat(exists(rolledBack[0])).as("the object of a rolled-back upload").isFalse();
        assertThat(copies.resolve(rolledBack[0])).doesNotExist();

        String kept = library.save(SyntheticMedia.mp3(3), MediaKind.MP3, "kept.mp3", "test").getKey();
        try {
            transaction.executeWithoutResult(status -> {
                library.discard(kept);
                status.setRollbackOnly();
            });
            assertThat(library.find(kept)).isPresent();
            assertThat(exists(kept)).as("the object of a file whose removal rolled back").isTrue();
        } finally {
            library.discard(kept);
        }
        assertThat(library.find(kept)).isEmpty();
        assertThat(exists(kept)).isFalse();
    }

    @Test
    void aStoreThatIsDownIsA503WithAMessageAndServesAgainOnceBack() throws Exception {
        Publication episode = podcast("test-s3-outage", PublicationStatus.PUBLISHED);
        byte[] audio = SyntheticMedia.mp3(8);
        upload(episode, "file", "episode.mp3", audio, "test-editor", "EDITOR").andExpect(status().is3xxRedirection());
        String key = publications.findById(episode.getId()).orElseThrow().getFilePath();
        Files.delete(copies.resolve(key));
        Publication brief = fixtures.brief("test-s3-outage-brief", PublicationStatus.DRAFT, List.of());
        long started = System.nanoTime();
        S3rver.shared().stop();
        try {
            mvc.perform(get("/media/" + key))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(jsonPath("$.detail").value(MediaUnavailable.MESSAGE));
            upload(brief, "file", "brief.pdf", SyntheticMedia.pdf(1), "test")
                    .andExpect(status().isServiceUnavailable());
        } finally {
            S3rver.shared().start();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        mvc.perform(get("/media/" + key)).andExpect(status().isOk()).andExpect(content().bytes(audio));
    }

    @Test
    void aFileStoredInTheFolderBeforeTheSwitchIsStillServedEvenWhileTheBucketIsDown() throws Exception {
        LocalMediaStore before = new LocalMediaStore(settings);
        String key = MediaKey.newKey(MediaKind.PDF);
        before.put(key, new ByteArrayInputStream(SyntheticMedia.pdf(1)));
        S3rver.shared().stop();
        try {
            assertThat(store.get(key)).isPresent();
        } finally {
            S3rver.shared().start();
            before.delete(key);
        }
    }

    @Test
    void aStoreThatDoesNotAnswerIsCutOffByTheReadTimeout() throws Exception {
        // a port whose connections are accepted by the system and never answered
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            MediaSettings.S3 s3 = new MediaSettings.S3("http://127.0.0.1:" + silent.getLocalPort(), "us-east-1",
                    S3rver.BUCKET, "", S3rver.ACCESS_KEY, S3rver.SECRET_KEY, Duration.ofSeconds(1),
                    Duration.ofSeconds(1), 1);
            long started = System.nanoTime();
            S3MediaStore unanswered = new S3MediaStore(new MediaSettings(Path.of("target/test-media-s3-silent"),
                    settings.maxPdfSize(), settings.maxAudioSize(), MediaSettings.Store.S3, s3));
            try {
                assertThatThrownBy(() -> unanswered.get(MediaKey.newKey(MediaKind.MP3)))
                        .isInstanceOf(MediaUnavailable.class);
                assertThatThrownBy(() -> unanswered.put(MediaKey.newKey(MediaKind.PDF),
                        new ByteArrayInputStream(SyntheticMedia.pdf(1)))).isInstanceOf(MediaUnavailable.class);
            } finally {
                unanswered.close();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aBucketThatDoesNotExistStopsTheStart() {
        // s3rver checks the key id only: any secret is accepted, and this one must not be printed
        MediaSettings.S3 s3 = new MediaSettings.S3(settings.s3().endpoint(), "us-east-1", "no-such-bucket", "",
                S3rver.ACCESS_KEY, "not-to-be-printed", Duration.ofSeconds(1), Duration.ofSeconds(5), 1);
        assertThatThrownBy(() -> new S3MediaStore(new MediaSettings(Path.of("target/test-media-s3-none"),
                settings.maxPdfSize(), settings.maxAudioSize(), MediaSettings.Store.S3, s3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no bucket 'no-such-bucket'");
        assertThat(s3.toString()).doesNotContain("not-to-be-printed").contains("secretKey=(set)");
    }

    private byte[] object(String key) {
        return bucket.getObjectAsBytes(b -> b.bucket(S3rver.BUCKET).key("media/" + key)).asByteArray();
    }

    private boolean exists(String key) {
        try {
            object(key);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }
}
