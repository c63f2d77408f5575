package org.socialprotection.map.publication;

import java.util.List;
import java.util.Locale;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
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

    private final PublicationReader reader;

    PodcastFeedController(PublicationReader reader) {
        this.reader = reader;
    }

    @GetMapping("/podcasts/feed.xml")
    ResponseEntity<String> feed(@RequestParam(required = false) String country,
                                @RequestParam(required = false) String lang, Language language) {
        return feed(country, lang, language, "/podcasts/feed.xml");
    }

    @GetMapping("/countries/{iso3}/podcasts.xml")
    ResponseEntity<String> country(@PathVariable String iso3, Language language) {
        return feed(iso3, null, language, "/countries/" + iso3 + "/podcasts.xml");
    }

    private ResponseEntity<String> feed(String country, String lang, Language language, String path) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("type", "podcast");
        params.add("limit", String.valueOf(PublicationQuery.MAX_LIMIT));
        if (country != null) {
            params.add("country", country);
        }
        PublicationQuery query = PublicationQuery.parse(params);
        String wanted = lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !wanted.matches("[a-z]{2}")) {
            throw new BadRequestException("lang", "a two-letter ISO 639-1 code");
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<PodcastFeed.Episode> episodes = reader.find(query, language).items().stream()
                .filter(p -> wanted == null || wanted.equals(p.language()))
                .filter(p -> p.file() != null && p.file().type() != null && p.file().type().startsWith("audio/"))
                .map(p -> new PodcastFeed.Episode("spmap-podcast-" + p.id(), p.title(),
                        base + "/podcasts/" + p.id(), p.summary(), p.date(), p.durationSeconds(),
                        base + p.file().url(), p.file().size(), p.file().type()))
                .toList();
        String where = country == null ? "" : " – " + country.toUpperCase(Locale.ROOT);
        PodcastFeed.Channel channel = new PodcastFeed.Channel("Social Protection Map podcasts" + where,
                base + "/podcasts", base + path + (wanted == null ? "" : "?lang=" + wanted),
                "Episodes on social protection for informal workers, from the Social Protection Map.",
                wanted != null ? wanted : "en", base + "/favicon.svg", "Social Protection Map", "Government");
        return ResponseEntity.ok().contentType(RSS).body(PodcastFeed.write(channel, episodes));
    }
}
