package org.socialprotection.map.pagecache;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The page cache ({@code spmap.page-cache.*}).
 *
 * @param enabled    false: every page is built for every request, as before the cache
 * @param paths      the pages kept (path patterns); the others are always built
 * @param maxEntries pages kept at most (one per address, query and language); the least recently read go first
 * @param maxBytes   bytes of page text kept at most
 * @param maxAge     a page older than this is built again even when the atlas has not changed: what a page shows
 *                   besides the atlas (whether the tile server answers, today's date) is never older than this
 * @param reads      the read API and OGC API routes answered with an ETag derived from the atlas's version, and a
 *                   304 while it has not changed (their answers are built for each request; only the validator is
 *                   kept); a validator also changes every max-age
 */
@ConfigurationProperties("spmap.page-cache")
record PageCacheSettings(@DefaultValue("true") boolean enabled,
                         @DefaultValue({"/", "/countries", "/countries/*", "/observations/*"})
                         List<String> paths,
                         @DefaultValue("500") int maxEntries, @DefaultValue("67108864") long maxBytes,
                         @DefaultValue("10m") Duration maxAge,
                         @DefaultValue({"/api/observations", "/api/observations/*", "/api/countries",
                                 "/api/countries/*", "/api/schemes", "/api/schemes/*", "/api/publications",
                                 "/api/publications/*", "/api/indicators", "/api/indicators/*", "/api/collections",
                                 "/api/collections/*", "/api/search", "/api/compare", "/api/coverage", "/api/places",
                                 "/ogcapi", "/ogcapi/**"})
                         List<String> reads) {
}
