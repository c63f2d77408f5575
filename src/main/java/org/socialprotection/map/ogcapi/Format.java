package org.socialprotection.map.ogcapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The two encodings of every resource. The {@code f} parameter wins; else the Accept header decides (a browser asks
 * for text/html first); else JSON, which is what GIS clients and scripts get without asking.
 */
enum Format {
    JSON, HTML;

    private static final MediaType XHTML = MediaType.parseMediaType("application/xhtml+xml");

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Format other() {
        return this == JSON ? HTML : JSON;
    }

    static Format of(HttpServletRequest request) {
        String[] f = request.getParameterValues("f");
        if (f != null) {
            if (f.length > 1) {
                throw new BadRequestException("f", "error.param.repeated", "given " + f.length + " times; give it once",
                        f.length);
            }
            return switch (f[0].trim().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "html" -> HTML;
                default -> throw new BadRequestException("f", "error.param.choice", "'" + f[0] + "' is not one of json, html",
                        f[0], "json, html");
            };
        }
        return accepted(request.getHeader("Accept"));
    }

    /** For an error response: the format asked for, or JSON when even that was a mistake. */
    static Format forError(HttpServletRequest request) {
        try {
            return of(request);
        } catch (BadRequestException e) {
            return JSON;
        }
    }

    private static Format accepted(String accept) {
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (MediaType.TEXT_HTML.equalsTypeAndSubtype(type) || XHTML.equalsTypeAndSubtype(type)) {
                return HTML;
            }
            if (type.isWildcardType() || "application".equals(type.getType()) && (type.isWildcardSubtype()
                    || "json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix()))) {
                return JSON;
            }
        }
        return JSON;
    }
}
