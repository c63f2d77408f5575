package org.socialprotection.map.publication;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.web.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Podcast feeds of published episodes with stored audio: the whole library (/podcasts/feed.xml), a country's
 * (?country=GHA or /countries/{iso3}/podcasts.xml) and a language's (?lang=fr).
 */
@RestController
class PodcastFeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final PodcastFeeds feeds;
    private final PublicUrl publicUrl;

    PodcastFeedController(PodcastFeeds feeds, PublicUrl publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/podcasts/feed.xml")
    ResponseEntity<String> feed(@RequestParam(required = false) String country,
                                @RequestParam(required = false) String lang, HttpServletRequest request) {
        return feed(country, lang, "/podcasts/feed.xml" + (country == null ? "" : "?country=" + country), request);
    }

    @GetMapping("/countries/{iso3}/podcasts.xml")
    ResponseEntity<String> country(@PathVariable String iso3, @RequestParam(required = false) String lang,
                                   HttpServletRequest request) {
        return feed(iso3, lang, "/countries/" + iso3 + "/podcasts.xml", request);
    }

    private ResponseEntity<String> feed(String country, String lang, String path, HttpServletRequest request) {
        String wanted = lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !wanted.matches("[a-z]{2}")) {
            throw new BadRequestException("lang", "error.param.languageCode", "a two-letter ISO 639-1 code", lang);
        }
        // a podcast app needs absolute addresses: they come from spmap.public-url, never from the Host header
        String base = publicUrl.base(request);
        String self = base + path + (wanted == null ? "" : (path.contains("?") ? "&" : "?") + "lang=" + wanted);
        return ResponseEntity.ok().contentType(RSS).body(feeds.feed(country, wanted, base, self));
    }
}
