package org.socialprotection.map.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.account.AccountService;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The whole app while its database cannot be reached (the pool answers as Hikari does once its connection-timeout
 * has passed): every route that needs the database answers 503 with Retry-After, whether the outage is met while
 * signing in (HTTP Basic, a token, the sign-in form), in a security filter or in a controller; none answers 500, and a
 * correct password is never a 401. When the database is back, the same requests succeed.
 */
@AtlasTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@H2GisTest
@Import(DatabaseOutageIntegrationTests.Outage.class)
class DatabaseOutageIntegrationTests {

    static final AtomicBoolean DOWN = new AtomicBoolean();
    static final String PASSWORD = "Outage-probe-4kx9-" + UUID.randomUUID();
    static final String CREATE = """
            {"title": "Outage probe", "kind": "exclusion", "lon": "30.06", "lat": "-1.95", "placeType": "market",
             "privacy": "city"}""";

    @TestConfiguration
    static class Outage {
        @Bean
        static BeanPostProcessor unreachableWhenDown() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && !(bean instanceof Switchable)
                            ? new Switchable(source) : bean;
                }
            };
        }
    }

    static final class Switchable extends DelegatingDataSource {
        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseWhenDown();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseWhenDown();
            return super.getConnection(username, password);
        }

        private static void refuseWhenDown() throws SQLTransientConnectionException {
            if (DOWN.get()) {
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms", "08001");
            }
        }
    }

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired Observations observations;

    String username;
    String token;

    @BeforeEach
    void researcher() {
        username = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.RESEARCHER, false);
        token = accounts.createToken(username, "outage test");
    }

    @AfterEach
    void databaseBack() {
        DOWN.set(false);
        // the requests went through a real server and committed: the shared test database keeps the demo atlas alone
        observations.findAll().stream().filter(o -> username.equals(o.getCreatedBy()))
                .forEach(o -> observations.deleteById(o.getId()));
    }

    static ResultActions unavailable(ResultActions result) throws Exception {
        return result.andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)));
    }

    @Test
    void aScriptWithTheRightPasswordGets503NotA401ThenWritesWhenTheDatabaseIsBack() throws Exception {
        DOWN.set(true);
        unavailable(mvc.perform(post("/api/observations").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        unavailable(mvc.perform(post("/api/observations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)))
                .andExpect(jsonPath("$.status").value(503));

        DOWN.set(false);
        mvc.perform(post("/api/observations").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isCreated());
        mvc.perform(post("/api/observations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isCreated());
    }

    @Test
    void readsAnswer503AsAProblemForScriptsAndAsAPageForBrowsers() throws Exception {
        DOWN.set(true);
        unavailable(mvc.perform(get("/api/observations").param("limit", "1")))
                .andExpect(jsonPath("$.detail").value(DatabaseOutage.DETAIL));
        unavailable(mvc.perform(get("/").accept(MediaType.TEXT_HTML)));

        DOWN.set(false);
        mvc.perform(get("/api/observations").param("limit", "1")).andExpect(status().isOk());
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void signingInAndTheWorkspaceAnswer503() throws Exception {
        DOWN.set(true);
        unavailable(mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", PASSWORD)));
        // a security filter reads the signed-in account before the controllers
        unavailable(mvc.perform(get("/workspace").accept(MediaType.TEXT_HTML)
                .with(user(username).roles("RESEARCHER"))));

        DOWN.set(false);
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/workspace"));
    }

    /**
     * Through a real server, where a page's outage goes through the container's error page: the browser gets the
     * 503 page, in its language, with Retry-After.
     */
    @Test
    void aBrowserSigningInGetsThe503PageFromTheServer() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login?lang=es"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();

        DOWN.set(true);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("5");
        assertThat(page.body()).contains("No disponible por el momento");

        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/?lang=fr")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(503);
        assertThat(home.headers().firstValue("Retry-After")).contains("5");
        assertThat(home.body()).contains("Momentanément indisponible");
    }

    /**
     * The streamed routes (a page of features written as it is read) from a real server, the database away before
     * they start; DatabaseOutageTests covers an outage met once the stream has begun.
     */
    @Test
    void streamedReadsAnswer503FromARealServerToo() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        DOWN.set(true);
        for (String path : new String[] {"/api/observations?limit=1", "/ogcapi/collections/observations/items?f=json"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as(path).contains("5");
            assertThat(answer.body()).as(path).startsWith("{\"type\":\"about:blank\"").contains(DatabaseOutage.DETAIL);
        }
        DOWN.set(false);
        assertThat(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/observations?limit=1")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }
}
