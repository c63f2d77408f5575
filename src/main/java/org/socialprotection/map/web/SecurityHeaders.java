package org.socialprotection.map.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response, pages, API, files and errors alike. The Content-Security-Policy lets a
 * page run only the atlas's own script files and the inline elements that carry this response's nonce (the import
 * map and the map's JSON settings); styles, images, audio and requests stay on the site, except map tiles from
 * {@code spmap.map.tile-url}'s host (the API's Swagger UI alone may also use inline styles). Other sites may frame /embed and nothing else. HSTS goes out only on HTTPS
 * requests (behind a TLS proxy, when server.forward-headers-strategy lets the app see that the client used HTTPS).
 */
@Component
public class SecurityHeaders {

    /** The request attribute holding the nonce once a page asked for it (the page cache swaps it in kept pages). */
    public static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";
    static final String NONCE = NONCE_ATTRIBUTE;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A tile URL's origin; its host may hold a placeholder such as {s} for the server. */
    private static final Pattern ORIGIN = Pattern.compile("^(?:(https?):)?//([^/?#]+)");
    private static final Pattern HOST_SOURCE = Pattern.compile("(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:\\d+)?");

    private final RequestMatcher embed = PathPatternRequestMatcher.withDefaults().matcher("/embed");
    /** Swagger UI (springdoc's) writes inline styles; its scripts are files like the atlas's. */
    private final RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
    private final String imageSources;

    /**
     * The tile URL is read as a plain property: explore's MapSettings would make this package depend on the
     * features the map shows, which depend on it.
     */
    SecurityHeaders(@Value("${spmap.map.tile-url:}") String tileUrl) {
        String tiles = tileSource(tileUrl);
        this.imageSources = "'self' data:" + (tiles == null ? "" : " " + tiles);
    }

    /** Adds the headers to a filter chain's {@code headers(...)}. */
    public void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(f -> f.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(embed),
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(contentSecurityPolicy())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(c -> { })
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600));
    }

    /**
     * The nonce of this request's inline scripts, made on first use: the page's model asks for it before the
     * headers are written (Spring Security writes them when the response is committed), so both see the same one.
     */
    public static String nonce(HttpServletRequest request) {
        Object nonce = request.getAttribute(NONCE);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE, nonce);
        }
        return (String) nonce;
    }

    HeaderWriter contentSecurityPolicy() {
        return (HttpServletRequest request, HttpServletResponse response) -> {
            // A 304 revalidates a page the browser keeps with the nonce it came with: a policy sent now, with
            // another nonce, would replace the kept one and block the page's own inline elements.
            if (response.getStatus() != HttpServletResponse.SC_NOT_MODIFIED
                    && !response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", policy(nonce(request), embed.matches(request),
                        swaggerUi.matches(request)));
            }
        };
    }

    String policy(String nonce, boolean frameable, boolean inlineStyles) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'"
                + (inlineStyles ? " 'unsafe-inline'" : "") + "; img-src "
                + imageSources + "; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors " + (frameable ? "*" : "'none'");
    }

    /** The CSP source of a tile URL's host, {s} and other placeholders in its first label becoming a wildcard. */
    static String tileSource(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return null;
        }
        Matcher origin = ORIGIN.matcher(tileUrl.strip());
        if (!origin.find()) {
            return null;
        }
        String scheme = origin.group(1);
        String host = origin.group(2).replaceFirst("^[^.]*\\{[^}]*}[^.]*\\.", "*.");
        if (!HOST_SOURCE.matcher(host).matches()) {
            // a placeholder elsewhere in the host: allow the scheme, which is all CSP can say of it
            return (scheme == null ? "https" : scheme) + ":";
        }
        return scheme == null ? host : scheme + "://" + host;
    }
}
