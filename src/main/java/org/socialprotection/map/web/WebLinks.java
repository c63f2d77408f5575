package org.socialprotection.map.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Addresses people typed (sources, a brief's link) become links in pages only when they are web addresses: a
 * "javascript:" or "data:" address stored by an old import or written straight to the database stays inert text.
 * Templates call it as {@code ${@webLinks.safe(url)}}; the map's scripts apply the same rule (ui/dom.js safeHref).
 */
@Component("webLinks")
public class WebLinks {

    /** The address when it is an absolute http(s) address, else null. */
    public String safe(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? url.trim() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
