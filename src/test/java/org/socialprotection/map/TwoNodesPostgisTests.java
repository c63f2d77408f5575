package org.socialprotection.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.account.AccountService;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.media.MediaFile;
import org.socialprotection.map.media.MediaKind;
import org.socialprotection.map.media.MediaLibrary;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.support.PostgisTest;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Two app nodes on one PostgreSQL, as docs/SCALE.md runs them: this test's application is node A, a second one
 * started beside it on its own port is node B. Both are real servers spoken to over HTTP, each with its own memory:
 * a session begun on A is signed in on B and ended there for both, a change committed through A is on B's cached
 * public page at its next read, a file uploaded through A is served by B (each node has its own media folder), and
 * an import started on A is followed on B. Every row it commits (the account, its sessions, the probe title, the
 * brief and its file, the job) is removed.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spmap.media.location=target/test-media-a", "spmap.media.store=database"})
@Import(Fixtures.class)
class TwoNodesPostgisTests {

    private static final String NAME = "two-nodes-reader";
    private static final String PASSWORD = "correct horse battery staple 15";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("^SESSION=([^;]*)");

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort int portA;
    @Autowired Environment environment;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired MediaLibrary library;
    @Autowired Fixtures fixtures;
    @Autowired Publications publications;

    private final HttpClient http = HttpClient.newHttpClient();
    /** Every session id a node handed out here: removed after the test. */
    private final Set<String> sessions = new LinkedHashSet<>();

    @BeforeEach
    void startNodeBAndAnAccount() {
        if (nodeB == null) {
            // the same database and configuration as node A; nothing else is shared. Command-line arguments, so
            // that they win over application-postgis.properties and the environment, as they do for node A
            nodeB = new SpringApplicationBuilder(MapApplication.class).profiles("postgis").run(
                    "--server.port=0",
                    "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                    // its own folder: a file it serves can only have come from the database
                    "--spmap.media.location=target/test-media-b", "--spmap.media.store=database");
        }
        jdbc.update("DELETE FROM app_user WHERE username = ?", NAME);
        accounts.create(NAME, PASSWORD, Role.RESEARCHER, false);
    }

    @AfterEach
    void removeTheAccountAndItsSessions() {
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", NAME);
        sessions.forEach(id -> jdbc.update("DELETE FROM spring_session WHERE session_id = ?", id));
        jdbc.update("DELETE FROM app_user WHERE username = ?", NAME);
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    private int portB() {
        return Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "en");
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie);
        }
        return remember(http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> post(int port, String path, String cookie, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "en").header("Cookie", "SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return remember(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        String cookie = sessionCookie(response);
        if (cookie != null && !cookie.isEmpty()) {
            sessions.add(new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8));
        }
        return response;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("the page has a form with a CSRF token").isTrue();
        return m.group(1);
    }

    /** Signs in through node A's form, as a browser does; returns the session cookie. */
    private String signInOnA() throws Exception {
        HttpResponse<String> form = get(portA, "/login", null);
        String anonymous = sessionCookie(form);
        assertThat(anonymous).as("the sign-in form begins a session for its CSRF token").isNotNull();
        HttpResponse<String> signedIn = post(portA, "/login", anonymous,
                Map.of("username", NAME, "password", PASSWORD, "_csrf", csrf(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/workspace"));
        String cookie = sessionCookie(signedIn);
        assertThat(cookie).as("signing in gives the session a new id").isNotNull().isNotEqualTo(anonymous);
        return cookie;
    }

    @Test
    void aSessionBegunOnOneNodeIsSignedInOnTheOtherAndEndsOnBoth() throws Exception {
        String session = signInOnA();
        assertThat(get(portA, "/workspace", session).statusCode()).isEqualTo(200);

        HttpResponse<String> onB = get(portB(), "/workspace", session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Signed in as " + NAME);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                NAME)).isEqualTo(1);

        HttpResponse<String> signOut = post(portB(), "/logout", session, Map.of("_csrf", csrf(onB)));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        HttpResponse<String> backOnA = get(portA, "/workspace", session);
        assertThat(backOnA.statusCode()).isEqualTo(302);
        assertThat(backOnA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                NAME)).isZero();
    }

    @Test
    void aChangeCommittedThroughOneNodeIsOnTheOthersCachedPageAtOnce() throws Exception {
        long id = jdbc.queryForObject("SELECT id FROM observation WHERE slug = 'accra-market-childcare-guidelines'",
                Long.class);
        String path = "/observations/" + id;
        String title = jdbc.queryForObject("SELECT title FROM observation WHERE id = ?", String.class, id);
        get(portB(), path, null);
        HttpResponse<String> kept = get(portB(), path, null);
        assertThat(kept.headers().firstValue("X-Page-Cache")).hasValue("hit");
        assertThat(kept.body()).doesNotContain("Two nodes probe title");
        // node B's read API keeps the features it wrote (FeatureCache), keyed by the same version in the database
        String features = "/api/observations?bbox=-1,4,1,7&limit=50";
        get(portB(), features, null);
        assertThat(get(portB(), features, null).body()).contains(title).doesNotContain("Two nodes probe title");
        try {
            // committed by node A (its own pool and transaction); node B is told only through the database
            jdbc.update("UPDATE observation SET title = ? WHERE id = ?", "Two nodes probe title", id);
            HttpResponse<String> after = get(portB(), path, null);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("X-Page-Cache")).hasValue("miss");
            assertThat(after.body()).contains("Two nodes probe title");
            assertThat(get(portB(), features, null).body()).contains("Two nodes probe title");
        } finally {
            jdbc.update("UPDATE observation SET title = ? WHERE id = ?", title, id);
        }
        assertThat(get(portB(), path, null).body()).doesNotContain("Two nodes probe title");
    }

    @Test
    void aFileUploadedThroughOneNodeIsServedByTheOther() throws Exception {
        // larger than the driver's and the large object's chunks, and not all zeros
        byte[] audio = new byte[700_000];
        new Random(7).nextBytes(audio);
        MediaFile file = library.save(audio, MediaKind.MP3, "two-nodes.mp3", "test");
        Publication brief = fixtures.brief("two-nodes-media-" + UUID.randomUUID(), PublicationStatus.PUBLISHED,
                List.of());
        brief.attachFile(file.getKey(), "audio/mpeg", audio.length, null, null, null);
        publications.saveAndFlush(brief);
        try {
            HttpResponse<byte[]> onB = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + portB() + "/media/" + file.getKey())).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).isEqualTo(audio);
            HttpResponse<byte[]> range = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + portB() + "/media/" + file.getKey()))
                    .header("Range", "bytes=100000-100009").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.body()).isEqualTo(java.util.Arrays.copyOfRange(audio, 100_000, 100_010));
            assertThat(java.nio.file.Path.of("target/test-media-a", file.getKey())).doesNotExist();
        } finally {
            publications.deleteById(brief.getId());
            library.discard(file.getKey());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_content WHERE media_key = ?", Integer.class,
                file.getKey())).isZero();
    }

    @Test
    void anImportStartedOnOneNodeIsFollowedOnTheOther() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((NAME + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String boundary = "two-nodes-" + UUID.randomUUID();
        String csv = "title,kind,latitude,longitude,source_title\nTwo nodes import probe,inclusion,5.55,-0.2,Probe\n";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA
                        + "/api/imports/observations?async=true&dryRun=true"))
                .header("Authorization", basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            String state = null;
            for (int i = 0; i < 200 && !"DONE".equals(state); i++) {
                HttpResponse<String> onB = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + portB() + "/api/imports/jobs/" + id))
                        .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(onB.statusCode()).isEqualTo(200);
                Matcher m = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"").matcher(onB.body());
                assertThat(m.find()).isTrue();
                state = m.group(1);
                assertThat(state).isIn("QUEUED", "RUNNING", "DONE");
                if (!"DONE".equals(state)) {
                    Thread.sleep(50);
                }
            }
            assertThat(state).as("the job, followed on node B").isEqualTo("DONE");
            // node B's start and beats left node A's job alone
            assertThat(jdbc.queryForObject("SELECT error FROM import_job WHERE id = ?", String.class, id)).isNull();
        } finally {
            jdbc.update("DELETE FROM import_job WHERE id = ?", id);
        }
    }
}
