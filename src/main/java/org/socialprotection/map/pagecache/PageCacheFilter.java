package org.socialprotection.map.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.web.SecurityHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Serves the configured public pages to anonymous readers from {@link PageCache} while the atlas is at the version
 * they were built at. Only what every anonymous reader of that address and language would get is kept: a 200 HTML
 * page, without a session cookie or a CSRF token. Each answer carries its own CSP nonce (the kept page holds a mark
 * in its place) and an ETag, so a reader's browser asks again with If-None-Match and gets a 304 while nothing changed.
 * Signed-in users are never served from it (their pages show drafts and their name), nor is a request inside a
 * transaction (a test's, whose uncommitted rows no one else may see).
 */
@Component
@Order(0)
class PageCacheFilter extends OncePerRequestFilter {

    /** Stands for the CSP nonce in a kept page: no page text can contain it (a NUL is never written by a template). */
    static final String NONCE_MARK = "\u0000nonce\u0000";
    static final String STATUS_HEADER = "X-Page-Cache";
    private static final String LANGUAGE_COOKIE = "spmap-lang=";
    private static final List<String> REPLAYED = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE);

    private final PageCache cache;
    private final AtlasVersion atlas;
    private final PageCacheSettings settings;
    private final LocaleResolver locales;
    private final List<PathPattern> paths;

    PageCacheFilter(PageCache cache, AtlasVersion atlas, PageCacheSettings settings, LocaleResolver locales) {
        this.cache = cache;
        this.atlas = atlas;
        this.settings = settings;
        this.locales = locales;
        this.paths = PublicReads.patterns(settings.paths());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!settings.enabled() || !"GET".equals(request.getMethod())) {
            return true;
        }
        return !PublicReads.matches(paths, request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!PublicReads.anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.Key key = new PageCache.Key(request.getRequestURI(), request.getQueryString(),
                PublicReads.language(request, locales));
        String version = atlas.current();
        Instant now = Instant.now();
        PageCache.Page page = cache.get(key, version, now);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        // a change committed while the page was built may or may not be in it: such a page is not kept
        PageCache.Page built = keepable(request, capture, key, version, now);
        if (built != null && !atlas.current().equals(version)) {
            built = null;
        }
        if (built != null) {
            cache.put(key, built);
            response.setHeader(HttpHeaders.ETAG, built.etag());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.setHeader(STATUS_HEADER, "miss");
        }
        capture.copyBodyToResponse();
    }

    private PageCache.Page keepable(HttpServletRequest request, ContentCachingResponseWrapper capture,
                                    PageCache.Key key, String version, Instant now) {
        String type = capture.getContentType();
        if (capture.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
            return null;
        }
        // a session begun by this page: Spring Session writes its cookie only after this filter, so the Set-Cookie
        // check below cannot see it
        HttpSession session = request.getSession(false);
        if (session != null && session.isNew()) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String cookie : capture.getHeaders(HttpHeaders.SET_COOKIE)) {
            if (!cookie.startsWith(LANGUAGE_COOKIE)) {
                return null;
            }
            headers.add(Map.entry(HttpHeaders.SET_COOKIE, cookie));
        }
        String body = new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
        if (body.contains("_csrf") || body.indexOf('\u0000') >= 0) {
            return null;
        }
        Object nonce = request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE);
        if (nonce != null) {
            body = body.replace((String) nonce, NONCE_MARK);
        }
        for (String name : REPLAYED) {
            String value = capture.getHeader(name);
            if (value != null) {
                headers.add(Map.entry(name, value));
            }
        }
        return new PageCache.Page(version, now, etag(key, version, now), 200, List.copyOf(headers), body);
    }

    private void serve(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(STATUS_HEADER, "hit");
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null && (match.equals(page.etag()) || match.contains(page.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        byte[] body = page.body().replace(NONCE_MARK, SecurityHeaders.nonce(request)).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Weak: two answers of one kept page differ in their nonce, and are the same page. */
    private static String etag(PageCache.Key key, String version, Instant built) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((key + "|" + version + "|" + built)
                    .getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
