package org.socialprotection.map.publication;

import java.util.List;
import java.util.Locale;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Builds a podcast feed: published episodes with stored audio, of a country and in a language if asked. The feed's
 * own texts are in the feed's language where the site speaks it, English otherwise; they do not follow the reader's
 * browser, since a podcast app fetches one address for every subscriber.
 */
@Service
class PodcastFeeds {

    /** The cover art directories show: square, 1,400 px (data/artwork/PodcastCover.java draws it). */
    static final String COVER = "/images/podcast-cover.png";

    private final PublicationReader reader;
    private final Countries countries;
    private final MessageSource messages;

    PodcastFeeds(PublicationReader reader, Countries countries, MessageSource messages) {
        this.reader = reader;
        this.countries = countries;
        this.messages = messages;
    }

    /**
     * @param country an ISO 3166 alpha-3 code or null for every country
     * @param wanted  a two-letter language code or null for every language
     * @param base    the site's address, for the absolute links a feed needs
     * @param self    the feed's own address
     */
    String feed(String country, String wanted, String base, String self) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("type", "podcast");
        params.add("limit", String.valueOf(PublicationQuery.MAX_LIMIT));
        if (country != null) {
            params.add("country", country);
        }
        PublicationQuery query = PublicationQuery.parse(params);
        Language texts = wanted == null ? Language.EN : Language.of(wanted).orElse(Language.EN);
        List<PodcastFeed.Episode> episodes = reader.find(query, texts).items().stream()
                .filter(p -> wanted == null || wanted.equals(p.language()))
                .filter(p -> p.file() != null && p.file().type() != null && p.file().type().startsWith("audio/"))
                .map(p -> new PodcastFeed.Episode("spmap-podcast-" + p.id(), p.title(),
                        base + "/podcasts/" + p.id(), p.summary(), p.date(), p.durationSeconds(),
                        base + p.file().url(), p.file().size(), p.file().type()))
                .toList();
        Locale locale = texts.locale();
        String title = country == null ? text("feed.title", locale)
                : text("feed.titleCountry", locale, countryName(country.toUpperCase(Locale.ROOT), texts));
        PodcastFeed.Channel channel = new PodcastFeed.Channel(title, base + "/podcasts", self,
                text("feed.description", locale), wanted != null ? wanted : "en", base + COVER,
                text("site.name", locale), "Government");
        return PodcastFeed.write(channel, episodes);
    }

    private String countryName(String iso3, Language language) {
        return countries.nameOf(iso3).map(c -> c.name(language)).orElse(iso3);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
