package org.socialprotection.map.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every address the demo atlas cites is the publisher's own page or document: no copy on a document-mirror site,
 * no session id or tracking parameter that ties the link to someone's visit, and no statistic (an indicator value,
 * an effective-coverage figure) cited to a newspaper rather than to the statistics' publisher.
 */
class DemoSourcesTests {

    static final Path DEMO = Path.of("data", "demo");

    /** Sites that re-host documents published elsewhere. */
    static final Set<String> MIRRORS = Set.of("scribd.com", "everand.com", "docplayer.es", "docplayer.net",
            "docplayer.com", "pdfcoffee.com", "studocu.com", "yumpu.com", "documents.pub", "dokumen.pub",
            "academia.edu", "researchgate.net", "123dok.com", "docslib.org", "mafiadoc.com", "studylib.net",
            "studylib.es", "issuu.com", "slideshare.net", "fdocuments.net", "vdocuments.mx");

    /** A session or tracking parameter, in the query or as a ;jsessionid= path parameter. */
    static final Pattern SESSION = Pattern.compile("[;?&](jsessionid|sid|sessionid|phpsessid|utm_[a-z]+)=",
            Pattern.CASE_INSENSITIVE);

    /** Who may be cited for a statistic: the publishers of statistics and official sources. */
    static final List<String> STATISTICS_PUBLISHERS = List.of("ilo.org", "social-protection.org",
            "socialprotection.org", "issa.int", "worldbank.org", "un.org", "unicef.org", "who.int", "oecd.org",
            "p4h.world", "wiego.org");
    static final Pattern OFFICIAL = Pattern.compile("(^|\\.)(gov|gob|go|gouv|govt)(\\.[a-z]{2})?$|\\.gov$");

    record Cited(String where, String url, boolean statistic) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Cited> cited() throws IOException {
        List<Cited> all = new ArrayList<>();
        for (JsonNode scheme : read("schemes.json")) {
            String key = scheme.path("key").asString();
            scheme.path("sources").forEach(s -> all.add(new Cited("scheme " + key, s.path("url").asString(null), false)));
            scheme.path("effectiveCoverage").forEach(f ->
                    all.add(new Cited("figure of " + key, f.path("sourceUrl").asString(null), true)));
        }
        for (JsonNode feature : read("observations.geojson").path("features")) {
            JsonNode p = feature.path("properties");
            p.path("sources").forEach(s ->
                    all.add(new Cited("observation " + p.path("key").asString(), s.path("url").asString(null), false)));
        }
        for (JsonNode publication : read("publications.json")) {
            all.add(new Cited("publication " + publication.path("key").asString(),
                    publication.path("url").asString(null), false));
        }
        for (JsonNode value : read("indicators.json").path("values")) {
            all.add(new Cited("indicator " + value.path("country").asString() + "/" + value.path("indicator").asString(),
                    value.path("sourceUrl").asString(null), true));
        }
        for (JsonNode collection : read("collections.json")) {
            collection.path("sources").forEach(s -> all.add(new Cited("collection "
                    + collection.path("slug").asString(collection.path("key").asString("")), s.path("url").asString(null), false)));
        }
        return all.stream().filter(c -> c.url() != null && !c.url().isBlank()).toList();
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(Files.readString(DEMO.resolve(file)));
    }

    static String host(String url) {
        String host = URI.create(url.strip().replace(" ", "%20")).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    static boolean on(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    @Test
    void theDemoDataCitesManyAddresses() throws IOException {
        assertThat(cited()).hasSizeGreaterThan(100);
        assertThat(cited().stream().filter(Cited::statistic)).isNotEmpty();
    }

    @Test
    void noSourceIsADocumentMirror() throws IOException {
        assertThat(cited()).filteredOn(c -> MIRRORS.stream().anyMatch(m -> on(host(c.url()), m))).isEmpty();
    }

    @Test
    void noSourceCarriesASessionIdOrTrackingParameter() throws IOException {
        assertThat(cited()).filteredOn(c -> SESSION.matcher(c.url()).find()).isEmpty();
    }

    @Test
    void statisticsAreCitedToTheirPublishersNotToNewspapers() throws IOException {
        assertThat(cited()).filteredOn(Cited::statistic).filteredOn(c -> {
            String host = host(c.url());
            return STATISTICS_PUBLISHERS.stream().noneMatch(p -> on(host, p)) && !OFFICIAL.matcher(host).find();
        }).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheIssueFound() {
        assertThat(MIRRORS.stream().anyMatch(m -> on(host("https://id.scribd.com/document/356056251/31520"), m))).isTrue();
        assertThat(SESSION.matcher("https://www.social-protection.org/gimi/gess/ShowCountryProfile.action;"
                + "jsessionid=WUF2lz75?iso=RW").find()).isTrue();
        assertThat(SESSION.matcher("https://example.org/a?x=1&utm_source=mail").find()).isTrue();
        assertThat(SESSION.matcher("https://www.gob.pe/sis").find()).isFalse();
        String newspaper = host("https://www.eastcoastdaily.in/2025/03/26/indias-social-security-coverage.html");
        assertThat(STATISTICS_PUBLISHERS.stream().noneMatch(p -> on(newspaper, p))
                && !OFFICIAL.matcher(newspaper).find()).isTrue();
        assertThat(OFFICIAL.matcher("www.bpjs-kesehatan.go.id").find()).isTrue();
    }
}
