package org.socialprotection.map.publication;

import java.util.Locale;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Podcast feeds of published episodes with stored audio: the whole library (/podcasts/feed.xml), a country's
 * (?country=GHA or /countries/{iso3}/podcasts.xml) and a language's (?lang=fr).
 */
@RestController
class PodcastFeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final PodcastFeeds feeds;

    PodcastFeedController(PodcastFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/podcasts/feed.xml")
    ResponseEntity<String> feed(@RequestParam(required = false) String country,
                                @RequestParam(required = false) String lang) {
        return feed(country, lang, "/podcasts/feed.xml" + (country == null ? "" : "?country=" + country));
    }

    @GetMapping("/countries/{iso3}/podcasts.xml")
    ResponseEntity<String> country(@PathVariable String iso3, @RequestParam(required = false) String lang) {
        return feed(iso3, lang, "/countries/" + iso3 + "/podcasts.xml");
    }

    private ResponseEntity<String> feed(String country, String lang, String path) {
        String wanted = lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !wanted.matches("[a-z]{2}")) {
            throw new BadRequestException("lang", "a two-letter ISO 639-1 code");
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String self = base + path + (wanted == null ? "" : (path.contains("?") ? "&" : "?") + "lang=" + wanted);
        return ResponseEntity.ok().contentType(RSS).body(feeds.feed(country, wanted, base, self));
    }
}
