package org.socialprotection.map.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;

/**
 * HTTP validators for the read API and the OGC API: an anonymous answer depends only on its address, its language,
 * what it was asked to be written as and the published atlas, so its ETag is derived from those and from the atlas's
 * version in the database (the same on every node), and a client that sends it back gets a 304 without the answer
 * being built while nothing was committed. Unlike pages, the answers are not kept whole: a map asks for ever other
 * boxes, so what is kept is each feature (the observation feature's own cache, keyed by the same version), which
 * any box overlapping an earlier one reuses. Signed-in users (whose reads may differ) and requests inside a
 * transaction (a test's) get neither.
 */
@Component
@Order(1)
class ReadValidatorFilter extends OncePerRequestFilter {

    /** Each of these changes what an anonymous reader of one address gets, besides the atlas. */
    private static final List<String> VARY = List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
            HttpHeaders.COOKIE);

    private final AtlasVersion atlas;
    private final PageCacheSettings settings;
    private final LocaleResolver locales;
    private final List<PathPattern> paths;

    ReadValidatorFilter(AtlasVersion atlas, PageCacheSettings settings, LocaleResolver locales) {
        this.atlas = atlas;
        this.settings = settings;
        this.locales = locales;
        this.paths = PublicReads.patterns(settings.reads());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!settings.enabled() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        return !PublicReads.matches(paths, request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!PublicReads.anonymous() || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        String etag;
        try {
            etag = etag(request);
        } catch (DataAccessException e) {
            // the route answers for itself (its own error, or a 503 while the database is away), without a validator
            chain.doFilter(request, response);
            return;
        }
        // set before the answer is written: a streamed page of features is committed long before it ends, and
        // Spring Security's no-store is written only where no Cache-Control was set
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        for (String header : VARY) {
            response.addHeader(HttpHeaders.VARY, header);
        }
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null && (match.equals(etag) || match.contains(etag) || match.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Weak, as the answer may be compressed or not. The version is read before the answer is built: a change
     * committed meanwhile gives the next request another validator, so no client keeps an answer older than its tag.
     */
    private String etag(HttpServletRequest request) {
        String language = PublicReads.language(request, locales);
        long period = System.currentTimeMillis() / Math.max(1, settings.maxAge().toMillis());
        String key = request.getMethod().replace("HEAD", "GET") + "|" + request.getRequestURI() + "?"
                + request.getQueryString() + "|" + language + "|" + request.getHeader(HttpHeaders.ACCEPT) + "|"
                + atlas.current() + "|" + period;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"r" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
