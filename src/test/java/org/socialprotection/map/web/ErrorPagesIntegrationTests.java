package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The error pages the servlet container shows (an address nothing answers, a refused form post) through the real
 * server, where MockMvc does not go: each has the site's header, navigation and a language switch that links to the
 * address asked for. Same configuration as the browser tests, so the two share one running app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:spmap-browser;DB_CLOSE_DELAY=-1",
        "spmap.media.location=target/browser-media"})
class ErrorPagesIntegrationTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void anUnknownAddressIsA404PageWithTheSiteHeaderInTheChosenLanguage() throws Exception {
        HttpResponse<String> page = send(at("/no-such-page?lang=fr").GET());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("class=\"site-header\"")
                .contains("<h1>Introuvable</h1>").contains("href=\"/countries\"").contains("href=\"/about\"")
                .contains("/no-such-page?lang=es\" hreflang=\"es\"").doesNotContain("/error?lang=");
        assertThat(send(at("/no-such-page?lang=es").GET()).body()).contains("No encontrado").contains("Español");
    }

    @Test
    void aRefusedFormPostIsA403PageWithTheSiteHeader() throws Exception {
        HttpResponse<String> page = send(at("/workspace/observations?lang=es")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=x")));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("class=\"site-header\"").contains("hreflang=\"fr\"")
                .contains("No permitido");
    }

    @Test
    void theAboutAndCountriesPagesAnswer() throws Exception {
        assertThat(send(at("/about").GET()).statusCode()).isEqualTo(200);
        assertThat(send(at("/countries").GET()).statusCode()).isEqualTo(200);
    }
}
