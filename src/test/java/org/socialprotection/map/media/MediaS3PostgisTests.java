package org.socialprotection.map.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.MapApplication;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.support.PostgisTest;
import org.socialprotection.map.support.S3rver;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PostgisTest
class MediaS3PostgisTests extends MediaS3Tests {

    @Autowired Environment environment;

    /**
     * Two app nodes on one database and one bucket, as docs/SCALE.md runs them: a file uploaded through this one is
     * served by a second application started beside it, with its own media folder, so that it can only have come
     * from the bucket. What the upload commits is removed.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aFileUploadedThroughOneNodeIsServedByAnotherOnTheSameBucket() throws Exception {
        Path folderB = Path.of("target/test-media-s3-node-b");
        Publication episode = podcast("test-s3-two-nodes-" + System.nanoTime(), PublicationStatus.PUBLISHED);
        String key = null;
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(MapApplication.class)
                .profiles("postgis").run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--spmap.media.location=" + folderB, "--spmap.media.store=s3",
                        "--spmap.media.s3.endpoint=" + S3rver.shared().endpoint(),
                        "--spmap.media.s3.bucket=" + S3rver.BUCKET, "--spmap.media.s3.prefix=media/",
                        "--spmap.media.s3.access-key=" + S3rver.ACCESS_KEY,
                        "--spmap.media.s3.secret-key=" + S3rver.SECRET_KEY)) {
            byte[] audio = SyntheticMedia.mp3(300);
            upload(episode, "file", "two-nodes.mp3", audio, "test-editor", "EDITOR")
                    .andExpect(status().is3xxRedirection());
            key = publications.findById(episode.getId()).orElseThrow().getFilePath();
            assertThat(folderB.resolve("s3-copies").resolve(key)).doesNotExist();

            String url = "http://127.0.0.1:" + nodeB.getEnvironment().getRequiredProperty("local.server.port")
                    + "/media/" + key;
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.body()).isEqualTo(audio);
            HttpResponse<byte[]> range = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Range", "bytes=50000-50009").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.body()).isEqualTo(Arrays.copyOfRange(audio, 50_000, 50_010));
            assertThat(folderB.resolve("s3-copies").resolve(key)).exists();
        } finally {
            publications.deleteById(episode.getId());
            if (key != null) {
                library.discard(key);
            }
        }
    }
}
