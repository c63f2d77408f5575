package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The atlas as deployed behind a TLS proxy: the real server (Tomcat) with server.forward-headers-strategy=native and
 * a public URL. Requests go over a plain socket so that the test sets every header, Host included, itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:spmap-proxy;DB_CLOSE_DELAY=-1",
        "spmap.media.location=target/test-media", "server.forward-headers-strategy=native",
        "spmap.public-url=https://atlas.example.org/"})
class BehindProxyTests {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;

    @Test
    void overHttpsTheBrowserGetsHstsAndASecureSessionCookie() throws Exception {
        Response login = request("/login", "X-Forwarded-Proto: https", "X-Forwarded-Host: atlas.example.org");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("strict-transport-security")).contains("max-age=31536000", "includeSubDomains");
        String cookie = login.header("set-cookie");
        assertThat(cookie).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "SameSite=Lax");
    }

    @Test
    void overPlainHttpNoHstsAndTheCookieIsStillLaxAndHttpOnly() throws Exception {
        Response login = request("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("strict-transport-security")).isNull();
        assertThat(login.header("set-cookie")).contains("; HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    /** A page Tomcat renders after an error dispatch, not the controller, still carries the policy. */
    @Test
    void theServersErrorPagesCarryThePolicy() throws Exception {
        for (String path : List.of("/no-such-page", "/countries/XXX", "/api/no-such-route", "/frontend/none.js")) {
            Response response = request(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("content-security-policy")).as(path)
                    .contains("frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline");
            assertThat(response.header("x-content-type-options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("referrer-policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void linksUseThePublicUrlWhateverTheHost() throws Exception {
        for (String path : HostHeaderTests.LINKING) {
            String body = request(path, "Host: evil.example").body();
            assertThat(body).as(path).doesNotContain("evil.example");
            String viaMock = mvc.perform(get(path).header("Host", "evil.example").header("X-Forwarded-Host",
                    "evil.example")).andReturn().getResponse().getContentAsString();
            assertThat(viaMock).as(path).doesNotContain("evil.example");
        }
        Response forwarded = request("/ogcapi/collections?f=json", "Host: evil.example",
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
        assertThat(forwarded.body()).contains("\"href\":\"https://atlas.example.org/ogcapi/collections?f=json\"")
                .doesNotContain("evil.example");
        assertThat(request("/countries/GHA", "Host: evil.example").body())
                .contains("<meta property=\"og:url\" content=\"https://atlas.example.org/countries/GHA?lang=en\"");
        assertThat(request("/podcasts/feed.xml", "Host: evil.example").body())
                .contains("<enclosure url=\"https://atlas.example.org/media/")
                .contains("<link>https://atlas.example.org/podcasts</link>");
        assertThat(request("/ogcapi/api", "Host: evil.example").header("location"))
                .isEqualTo("https://atlas.example.org/v3/api-docs");
    }

    record Response(int status, String head, String body) {
        String header(String name) {
            return Arrays.stream(head.split("\r\n")).filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
        }
    }

    /** One HTTP/1.1 GET from 127.0.0.1 (a proxy Tomcat trusts by default), with the given extra header lines. */
    private Response request(String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            if (Arrays.stream(headers).noneMatch(h -> h.startsWith("Host:"))) {
                request.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            String body = text.substring(split + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Response(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    /** Chunk sizes are counted in bytes; the bodies checked here are ASCII where it matters. */
    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int eol = indexOf(bytes, i);
            int size = Integer.parseInt(new String(bytes, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
