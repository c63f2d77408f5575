package org.socialprotection.map.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.media.SyntheticMedia;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The podcast feeds: valid RSS 2.0 with what podcast directories require, published episodes with audio only. */
@AtlasTest
@Transactional
@TestPropertySource(properties = {"spmap.media.location=target/test-media", "spmap.media.max-pdf-size=200KB",
        "spmap.media.max-audio-size=1MB"})
abstract class PodcastFeedTests {

    @Autowired MockMvc mvc;
    @Autowired Publications publications;
    @Autowired PublicationFiles files;

    @Test
    void listsPublishedEpisodesWithStoredAudio() throws Exception {
        Publication withAudio = episode("test-feed-audio", "en", "2024", "GHA", PublicationStatus.PUBLISHED, true);
        Publication linkOnly = episode("test-feed-link", "en", "2023", "GHA", PublicationStatus.PUBLISHED, false);
        Publication draft = episode("test-feed-draft", "en", "2024", "GHA", PublicationStatus.DRAFT, true);
        String xml = feed("/podcasts/feed.xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getLink()).endsWith("/podcasts");
        assertThat(feed.getLanguage()).isEqualTo("en");
        List<String> guids = feed.getEntries().stream().map(SyndEntry::getUri).toList();
        assertThat(guids).contains("spmap-podcast-" + withAudio.getId())
                .doesNotContain("spmap-podcast-" + linkOnly.getId(), "spmap-podcast-" + draft.getId());
        SyndEntry entry = feed.getEntries().stream()
                .filter(e -> e.getUri().equals("spmap-podcast-" + withAudio.getId())).findFirst().orElseThrow();
        assertThat(entry.getTitle()).isEqualTo(withAudio.getTitle());
        assertThat(entry.getLink()).endsWith("/podcasts/" + withAudio.getId());
        assertThat(entry.getPublishedDate().toInstant()).hasToString("2024-01-01T00:00:00Z");
        assertThat(entry.getEnclosures()).singleElement().satisfies(e -> {
            assertThat(e.getUrl()).endsWith("/media/" + publications.findById(withAudio.getId()).orElseThrow()
                    .getFilePath());
            assertThat(e.getType()).isEqualTo("audio/mpeg");
            assertThat(e.getLength()).isEqualTo(SyntheticMedia.mp3(3).length);
        });

        Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element channel = (Element) dom.getElementsByTagName("channel").item(0);
        for (String name : List.of("image", "author", "category", "explicit")) {
            assertThat(channel.getElementsByTagNameNS(PodcastFeed.ITUNES, name).getLength()).as(name).isPositive();
        }
        assertThat(((Element) channel.getElementsByTagNameNS(PodcastFeed.ITUNES, "image").item(0))
                .getAttribute("href")).startsWith("http");
        NodeList items = channel.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(item.getElementsByTagName("enclosure").getLength()).isEqualTo(1);
            Element guid = (Element) item.getElementsByTagName("guid").item(0);
            assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
        }
        assertThat(xml).contains("<itunes:duration>1520</itunes:duration>")
                .contains("<pubDate>Mon, 1 Jan 2024 00:00:00 GMT</pubDate>");
    }

    @Test
    void filtersByCountryAndLanguage() throws Exception {
        Publication ghana = episode("test-feed-ghana", "en", "2024-05", "GHA", PublicationStatus.PUBLISHED, true);
        Publication french = episode("test-feed-french", "fr", "2024-05-02", "SEN", PublicationStatus.PUBLISHED, true);
        assertThat(feed("/podcasts/feed.xml?country=GHA")).contains("spmap-podcast-" + ghana.getId())
                .doesNotContain("spmap-podcast-" + french.getId());
        assertThat(feed("/countries/GHA/podcasts.xml")).contains("spmap-podcast-" + ghana.getId())
                .doesNotContain("spmap-podcast-" + french.getId());
        String fr = feed("/podcasts/feed.xml?lang=fr");
        assertThat(fr).contains("spmap-podcast-" + french.getId()).doesNotContain("spmap-podcast-" + ghana.getId())
                .contains("<language>fr</language>");
        assertThat(new SyndFeedInput().build(new StringReader(fr)).getEntries()).isNotEmpty();
        mvc.perform(get("/podcasts/feed.xml?lang=french")).andExpect(status().isBadRequest());
        mvc.perform(get("/podcasts?country=GHA")).andExpect(org.springframework.test.web.servlet.result
                .MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString(
                        "href=\"/podcasts/feed.xml?country=GHA\"")));
    }

    @Test
    void theCoverArtIsTheSquareImageDirectoriesRequire() throws Exception {
        String xml = feed("/podcasts/feed.xml");
        Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String href = ((Element) dom.getElementsByTagNameNS(PodcastFeed.ITUNES, "image").item(0)).getAttribute("href");
        assertThat(href).startsWith("http://localhost").endsWith(".png");
        byte[] png = mvc.perform(get(java.net.URI.create(href).getPath())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png")).andReturn().getResponse().getContentAsByteArray();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(1400, 3000);
        assertThat(image.getColorModel().getColorSpace().getType()).isEqualTo(java.awt.color.ColorSpace.TYPE_RGB);
        assertThat(png.length).as("directories refuse art over 512 KB").isLessThan(512 * 1024);
    }

    @Test
    void aFeedSpeaksItsOwnLanguageWhateverTheBrowserSays() throws Exception {
        episode("test-feed-es", "es", "2024-06", "PER", PublicationStatus.PUBLISHED, true);
        SyndFeed fr = new SyndFeedInput().build(new StringReader(feed("/countries/SEN/podcasts.xml?lang=fr")));
        assertThat(fr.getTitle()).isEqualTo("Podcasts de la Carte de la protection sociale\u202f: Sénégal");
        assertThat(fr.getDescription()).contains("économie informelle");
        assertThat(fr.getLanguage()).isEqualTo("fr");
        SyndFeed es = new SyndFeedInput().build(new StringReader(mvc.perform(get("/podcasts/feed.xml?lang=es&country=PER")
                .header("Accept-Language", "fr")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));
        assertThat(es.getTitle()).isEqualTo("Pódcasts del Mapa de la protección social: Perú");
        String english = mvc.perform(get("/podcasts/feed.xml").header("Accept-Language", "es")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(new SyndFeedInput().build(new StringReader(english)).getTitle())
                .isEqualTo("Social Protection Map podcasts");
        assertThat(feed("/podcasts/feed.xml?country=GHA&lang=en"))
                .contains("href=\"http://localhost/podcasts/feed.xml?country=GHA&amp;lang=en\" rel=\"self\"");
    }

    private String feed(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/rss+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Stored script in an episode's texts reaches a podcast app as the same text, never as markup. */
    @Test
    void hostileTextStaysTextInTheFeed() throws Exception {
        String title = "]]></title><script>alert(1)</script><title><![CDATA[";
        String summary = "<img src=x onerror=alert(2)> & \u0001 \"quoted\" 'single' </description>";
        Publication hostile = episode("test-feed-hostile", "en", "2024", "GHA", PublicationStatus.PUBLISHED, true);
        hostile.setTitle(title);
        hostile.setSummary(summary.replace("\u0001", ""));
        publications.saveAndFlush(hostile);
        String xml = feed("/podcasts/feed.xml");
        Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList items = dom.getElementsByTagName("item");
        Element item = null;
        for (int i = 0; i < items.getLength(); i++) {
            Element candidate = (Element) items.item(i);
            if (candidate.getElementsByTagName("guid").item(0).getTextContent()
                    .equals("spmap-podcast-" + hostile.getId())) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(item.getElementsByTagName("description").item(0).getTextContent())
                .isEqualTo(summary.replace("\u0001", ""));
        assertThat(item.getElementsByTagName("script").getLength()).isZero();
        assertThat(dom.getElementsByTagName("img").getLength()).isZero();
    }

    private Publication episode(String slug, String language, String date, String country, PublicationStatus status,
                                boolean audio) throws Exception {
        Publication p = new Publication(slug, PublicationType.PODCAST, "Synthetic episode " + slug, language);
        p.setUrl("https://example.org/" + slug);
        p.setSummary("A synthetic test episode.");
        p.setPublishedOn(new PartialDate(date));
        p.setDurationSeconds(1520);
        p.getCountries().add(country);
        p.setStatus(status);
        p.createdBy("test");
        p = publications.saveAndFlush(p);
        if (audio) {
            byte[] mp3 = SyntheticMedia.mp3(3);
            p = files.attach(p.getId(), new MockMultipartFile("file", slug + ".mp3", "audio/mpeg", mp3), "test");
        }
        return p;
    }
}
