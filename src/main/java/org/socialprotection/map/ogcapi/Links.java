package org.socialprotection.map.ogcapi;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.socialprotection.map.ogcapi.Documents.Link;
import org.socialprotection.map.web.PublicUrl;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links under the site's public address ({@link PublicUrl}): absolute when it is configured, never built from the
 * Host header a client sent.
 */
final class Links {

    static final String JSON = "application/json";
    static final String GEOJSON = "application/geo+json";
    static final String HTML = "text/html";
    static final String BASE = "/ogcapi";

    private final HttpServletRequest request;
    private final PublicUrl publicUrl;
    private final String site;

    Links(HttpServletRequest request, PublicUrl publicUrl) {
        this.request = request;
        this.publicUrl = publicUrl;
        this.site = publicUrl.base(request);
    }

    /** The address of a page of the atlas outside this API. */
    String site(String path) {
        return site + path;
    }

    /** A resource of this API in one format. */
    Link to(String path, Format format, String rel, String jsonType) {
        return new Link(site + BASE + path + "?f=" + format.code(), rel, type(format, jsonType), null);
    }

    /** The resource at path in both formats: the one answered first, as rel, then the other as alternate. */
    List<Link> selfAndAlternate(String path, Format format, String jsonType) {
        return List.of(to(path, format, "self", jsonType), to(path, format.other(), "alternate", jsonType));
    }

    /** The same resource in both formats under one relation, e.g. the items of a collection. */
    List<Link> both(String path, String rel, String jsonType) {
        return List.of(to(path, Format.JSON, rel, jsonType), to(path, Format.HTML, rel, jsonType));
    }

    /** This request again, its query kept, in a format and optionally from another offset: self, alternate, pages. */
    Link current(Format format, Integer offset, String rel, String jsonType) {
        UriComponentsBuilder builder = publicUrl.current(request);
        builder.replaceQueryParam("f", format.code());
        if (offset != null) {
            builder.replaceQueryParam("offset", offset);
        }
        return new Link(builder.build().toUriString(), rel, type(format, jsonType), null);
    }

    private static String type(Format format, String jsonType) {
        return format == Format.HTML ? HTML : jsonType;
    }
}
