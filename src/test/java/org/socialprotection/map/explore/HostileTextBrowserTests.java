package org.socialprotection.map.explore;

import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.translation.TranslationDesk;
import org.socialprotection.map.workspace.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationType;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.BrowserTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored script in every text a researcher can write, read back in a real browser wherever the atlas shows it: the
 * map's list, popup and panels, the record pages, the country page, the library, search and a record's history. Each
 * payload would set {@code top.xssFired} if it ran; the browser must show it as text, make no element of it, and log
 * no error (a blocked inline script is a console error too).
 */
public class HostileTextBrowserTests extends BrowserTest {

    public static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=top.xssFired=1>",
            "<script>top.xssFired=2</script>",
            "\"><svg onload=top.xssFired=3>",
            "'><details open ontoggle=top.xssFired=4>",
            "</textarea><script>top.xssFired=5</script>",
            "</title><script>top.xssFired=6</script>",
            "<a href=\"javascript:top.xssFired=7\">click</a>",
            "<iframe srcdoc=\"<script>top.xssFired=8</script>\"></iframe>",
            "{{constructor.constructor('top.xssFired=9')()}}",
            "${top.xssFired=10}`;top.xssFired=10;`",
            "<math><mtext><table><mglyph><style><img src=x onerror=top.xssFired=11>",
            "]]><script>top.xssFired=12</script><![CDATA[");

    @Autowired Fixtures fixtures;
    @Autowired Observations observations;
    @Autowired Schemes schemes;
    @Autowired Publications publications;
    @Autowired TransactionTemplate transactions;
    @Autowired TranslationDesk translations;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final List<Runnable> cleanUp = new ArrayList<>();
    private final List<Observation> hostile = new ArrayList<>();
    private Scheme scheme;
    private Publication podcast;

    @BeforeEach
    void hostileRecords() {
        // one transaction: the collections load, and a failure leaves nothing behind
        transactions.executeWithoutResult(status -> makeHostileRecords());
        long schemeId = scheme.getId();
        long podcastId = podcast.getId();
        cleanUp.add(() -> publications.deleteById(podcastId));
        hostile.forEach(o -> cleanUp.add(() -> observations.deleteById(o.getId())));
        hostile.forEach(o -> cleanUp.add(() -> jdbc.update(
                "DELETE FROM translation WHERE record_type = 'observations' AND record_id = ?", o.getId())));
        cleanUp.add(() -> schemes.deleteById(schemeId));
    }

    private void makeHostileRecords() {
        scheme = fixtures.scheme("test-hostile-scheme", "FJI", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
        scheme.setNames(PAYLOADS.get(0) + " scheme", PAYLOADS.get(1), PAYLOADS.get(2));
        scheme.setDescription(String.join(" ", PAYLOADS));
        scheme = schemes.saveAndFlush(scheme);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            Observation o = fixtures.observation("test-hostile-" + i, i % 2 == 0 ? Kind.EXCLUSION : Kind.INCLUSION,
                    // a grid on land around Suva: a row along -18.14 reached into Laucala Bay, which placement refuses
                    178.42 + (i % 4) * 0.02, -18.12 + (i / 4) * 0.02, "FJI", Privacy.EXACT,
                    PublicationStatus.PUBLISHED);
            Observation stored = observations.findById(o.getId()).orElseThrow();
            stored.setTitle(PAYLOADS.get(i));
            stored.setPlaceName(PAYLOADS.get((i + 1) % PAYLOADS.size()));
            stored.setNarrative(String.join("\n", PAYLOADS));
            stored.getSources().clear();
            // a source address written straight to the database (an old import, a restore) is not trusted either
            stored.getSources().add(new Source(PAYLOADS.get(i),
                    i == 6 ? "javascript:top.xssFired=13" : "https://example.org/" + i, null));
            hostile.add(observations.saveAndFlush(stored));
        }
        // published French translations of the first four, hostile too: the map and pages show them in French
        Actor editor = new Actor("test", true);
        for (int i = 0; i < 4; i++) {
            long id = hostile.get(i).getId();
            translations.save("observations", id, Language.FR, Map.of("title", "FR " + PAYLOADS.get(i + 4),
                    "narrative", String.join("\n", PAYLOADS), "placeName", PAYLOADS.get(i + 8)), false, editor);
            translations.publish("observations", id, Language.FR, editor);
        }
        Publication p = new Publication("test-hostile-podcast", PublicationType.PODCAST, PAYLOADS.get(3), "en");
        p.setUrl("https://example.org/hostile-podcast");
        p.setPublishedOn(new PartialDate("2024"));
        p.setSummary(String.join(" ", PAYLOADS));
        p.setTranscript(String.join("\n", PAYLOADS));
        p.getCountries().add("FJI");
        p.getObservations().add(hostile.get(0));
        p.setStatus(PublicationStatus.PUBLISHED);
        p.createdBy("test");
        podcast = publications.saveAndFlush(p);
    }

    @AfterEach
    void removeHostileRecords() {
        cleanUp.forEach(Runnable::run);
        cleanUp.clear();
        hostile.clear();
    }

    private void assertNothingRan(String where) {
        assertThat(script("return top.xssFired === undefined ? null : String(top.xssFired)"))
                .as("a payload ran on " + where).isNull();
        for (String css : List.of("img[src=x]", "main script", "svg[onload]", "details[ontoggle]", "iframe[srcdoc]",
                "a[href^='javascript:']", "mglyph")) {
            assertThat(driver.findElements(By.cssSelector(css))).as(css + " made on " + where).isEmpty();
        }
    }

    private String text(String css) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); return e ? e.textContent : ''",
                css));
    }

    @Test
    void theMapsListPopupAndPanelsShowEveryPayloadAsText() {
        open("/?country=FJI&lat=-18.1&lon=178.45&zoom=12");
        for (Observation o : hostile) {
            waitFor("#results > li[data-id='" + o.getId() + "']");
            assertThat(text("#results > li[data-id='" + o.getId() + "']")).contains(o.getTitle());
        }
        assertNothingRan("the list");
        for (Observation o : hostile.subList(0, 4)) {
            waitFor(".spmap-marker[data-id='" + o.getId() + "']");
            click(".spmap-marker[data-id='" + o.getId() + "']", null);
            waitUntil(d -> text(".leaflet-popup-content").contains(o.getTitle()));
            waitUntil(d -> text("#panel").contains(o.getTitle()));
            assertNothingRan("the popup and panel of " + o.getSlug());
            script("document.querySelector('.leaflet-popup-close-button')?.click()");
        }
    }

    @Test
    void translationsShowAsTextInFrenchOnTheMapAndTheirPage() {
        open("/?lang=fr&country=FJI&lat=-18.1&lon=178.45&zoom=12");
        for (Observation o : hostile.subList(0, 4)) {
            waitFor("#results > li[data-id='" + o.getId() + "']");
        }
        assertThat(text("#results > li[data-id='" + hostile.get(0).getId() + "'] > a")).isEqualTo("FR " + PAYLOADS.get(4));
        assertNothingRan("the French list");
        for (Observation o : hostile.subList(0, 2)) {
            waitFor(".spmap-marker[data-id='" + o.getId() + "']");
            click(".spmap-marker[data-id='" + o.getId() + "']", null);
            waitUntil(d -> text(".leaflet-popup-content").contains("FR "));
            waitUntil(d -> text("#panel").contains("FR "));
            assertNothingRan("the French popup and panel of " + o.getSlug());
            script("document.querySelector('.leaflet-popup-close-button')?.click()");
        }
        open("/observations/" + hostile.get(1).getId() + "?lang=fr");
        assertThat(text("h1")).isEqualTo("FR " + PAYLOADS.get(5));
        assertNothingRan("the French page of an observation");
        open("/observations/" + hostile.get(5).getId() + "?lang=fr");
        assertThat(text(".translation-note")).contains("anglais");
        assertNothingRan("the fallback of an observation");
    }

    @Test
    void everyPageSearchAndHistoryShowEveryPayloadAsText() {
        List<String> pages = new ArrayList<>(List.of("/countries/FJI", "/schemes/" + scheme.getId(),
                "/podcasts/" + podcast.getId(), "/podcasts", "/search?q=onerror", "/search?q=xssFired",
                "/search?q=%3Cscript%3Etop.xssFired%3D99%3C%2Fscript%3E", "/embed?country=FJI"));
        hostile.forEach(o -> pages.add("/observations/" + o.getId()));
        for (String page : pages) {
            open(page);
            waitFor("body");
            assertNothingRan(page);
        }
        open("/observations/" + hostile.get(1).getId());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(PAYLOADS.get(1), PAYLOADS.get(2));
        open("/schemes/" + scheme.getId());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(PAYLOADS.get(0) + " scheme");

        signIn("hostile-editor", Role.EDITOR);
        for (String page : List.of("/workspace/history/observations/" + hostile.get(0).getId(),
                "/workspace/observations/" + hostile.get(0).getId() + "/edit",
                "/workspace/schemes/" + scheme.getId() + "/edit",
                "/workspace/publications/" + podcast.getId() + "/edit", "/workspace", "/workspace/review")) {
            open(page);
            waitFor("body");
            assertNothingRan(page);
        }
    }
}
