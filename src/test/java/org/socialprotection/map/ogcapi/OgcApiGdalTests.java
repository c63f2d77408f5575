package org.socialprotection.map.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A real client: GDAL's OAPIF driver (what QGIS uses too) against the running app on its own embedded database. It
 * lists the collections, counts the observations and copies them, page by page through the next links, into a
 * GeoPackage. Skipped where GDAL is not installed, except where SPMAP_REQUIRE_GDAL=true (CI): there it fails.
 */
@org.junit.jupiter.api.extension.ExtendWith(GdalAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:spmap-ogc;DB_CLOSE_DELAY=-1",
        "spmap.media.location=target/test-media"})
class OgcApiGdalTests {

    static final long TIMEOUT_SECONDS = 180;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void gdalAnswers() throws Exception {
        assertThat(run(List.of("ogrinfo", "--version"))).startsWith("GDAL");
    }

    @Test
    void listsBothCollections() throws Exception {
        String info = run(List.of("ogrinfo", "-ro", "-so", source()));
        assertThat(info).contains("using driver `OAPIF' successful")
                .containsPattern("1: observations .*\\(Point\\)")
                .containsPattern("2: countries .*\\(Multi Polygon\\)");
    }

    @Test
    void countsWhatTheJsonApiCounts() throws Exception {
        String info = run(List.of("ogrinfo", "-ro", "-so", source(), "observations"));
        assertThat(featureCount(info)).isEqualTo(jsonApiCount()).isEqualTo(publishedInDatabase());
        assertThat(info).contains("kind: String").contains("country: String").contains("updatedAt: DateTime")
                .contains("TEMPORAL_INTERVAL_MIN=");
    }

    @Test
    void copiesEveryPublishedObservationIntoAGeoPackage(@TempDir Path dir) throws Exception {
        long published = publishedInDatabase();
        // GDAL reads 10 features a page: more than that proves it followed the next links to the end
        assertThat(published).isGreaterThan(10);
        Path gpkg = dir.resolve("out.gpkg");
        run(List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), source(), "observations"));
        String info = run(List.of("ogrinfo", "-so", gpkg.toString(), "observations"));
        assertThat(featureCount(info)).isEqualTo(published).isEqualTo(jsonApiCount());
        assertThat(info).contains("Geometry: Point").contains("kind: String");
    }

    String source() {
        return "OAPIF:http://127.0.0.1:" + port + "/ogcapi";
    }

    long jsonApiCount() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/observations?limit=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return ((Number) JsonPath.read(response.body(), "$.numberMatched")).longValue();
    }

    long publishedInDatabase() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE status = 'PUBLISHED'", Long.class);
    }

    static long featureCount(String ogrinfo) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfo);
        assertThat(m.find()).as("a feature count in:\n" + ogrinfo).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Runs a GDAL command against 127.0.0.1 only (no proxy), with a timeout; its output, or a failure with it. */
    static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy",
                "GDAL_HTTP_PROXY").forEach(env::remove);
        env.put("NO_PROXY", "127.0.0.1,localhost");
        env.put("no_proxy", "127.0.0.1,localhost");
        env.put("GDAL_HTTP_TIMEOUT", "60");
        Path output = Files.createTempFile("gdal", ".txt");
        try {
            Process process = builder.redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
