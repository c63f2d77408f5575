package org.socialprotection.map.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's own address, for the absolute links the atlas writes (OGC API links, og:url, podcast feeds). It never
 * comes from the request's Host header, which any client can set: it is {@code spmap.public-url} when configured.
 * Without it, a request made on this machine to a loopback name (the embedded default, {@code ./mvnw
 * spring-boot:run} browsed at http://localhost:8080) gets its own origin, and every other request gets links
 * relative to the site root.
 */
@Component
public class PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final String configured;

    PublicUrl(SiteSettings settings) {
        this.configured = validate(settings.publicUrl());
        if (configured == null) {
            log.info("spmap.public-url is not set: links are relative, except for requests from this machine; "
                    + "set it to the address readers use (e.g. https://atlas.example.org) for feeds and link previews");
        }
    }

    /**
     * The address of the site root, without a trailing slash, to put before a path such as "/podcasts": the public
     * URL, a loopback origin, or the context path alone (a link relative to the site root).
     */
    public String base(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        if (isLocal(request)) {
            return UriComponentsBuilder.newInstance().scheme(request.getScheme()).host(request.getServerName())
                    .port(defaultPort(request) ? -1 : request.getServerPort()).path(request.getContextPath())
                    .build().toUriString();
        }
        return request.getContextPath();
    }

    /** Whether {@link #base} is an absolute address; formats that need one (og:url) leave the link out otherwise. */
    public boolean isAbsolute(HttpServletRequest request) {
        return configured != null || isLocal(request);
    }

    /** This request's path and query under {@link #base}, the query as given or as the caller rewrites it. */
    public UriComponentsBuilder current(HttpServletRequest request) {
        // an error page (404 for an unknown address) links to the address asked for, not to the /error it is shown by
        Object failed = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        String uri = failed instanceof String path && path.startsWith(request.getContextPath()) ? path
                : request.getRequestURI();
        return UriComponentsBuilder.fromUriString(base(request) + uri.substring(request.getContextPath().length()))
                .query(request.getQueryString());
    }

    private static boolean isLocal(HttpServletRequest request) {
        return LOOPBACK_NAMES.contains(request.getServerName().toLowerCase(Locale.ROOT))
                && isLoopback(request.getRemoteAddr());
    }

    private static boolean isLoopback(String address) {
        // only IP literals, which are parsed and never looked up
        if (address == null || !address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean defaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return port <= 0 || "http".equals(request.getScheme()) && port == 80
                || "https".equals(request.getScheme()) && port == 443;
    }

    private static String validate(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("spmap.public-url '" + url + "' is not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("spmap.public-url '" + url
                    + "' must be an http or https address with a host and no query, e.g. https://atlas.example.org");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
