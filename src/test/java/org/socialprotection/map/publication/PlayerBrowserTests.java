package org.socialprotection.map.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.media.SyntheticMedia;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.BrowserTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.translation.TranslationDesk;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The episode player in a real browser, with a decodable (silent, synthetic) minute of MP3: a ?t= link starts it
 * there, the "listen from" buttons seek and play, an observation's page leads to the moment about it, and a
 * French reader gets the French transcript with a plain link to the English one.
 */
class PlayerBrowserTests extends BrowserTest {

    /** 2,297 frames of 1,152 samples at 44.1 kHz: one minute. */
    static final int ONE_MINUTE = 2_297;

    @Autowired Publications publications;
    @Autowired PublicationFiles files;
    @Autowired Observations observations;
    @Autowired Fixtures fixtures;
    @Autowired TranslationDesk translations;
    @Autowired JdbcTemplate jdbc;

    static final String TRANSCRIPT = "A synthetic minute of silence, for the player test.";
    static final String TRANSCRIPT_FR = "Une minute de silence synthétique, pour le test du lecteur.";

    private Publication episode;
    private Observation market;

    @BeforeEach
    void episodeWithSegments() {
        market = observations.findBySlug("test-player-market").orElseGet(() -> fixtures.observation(
                "test-player-market", Kind.INCLUSION, -0.2106, 5.5490, "GHA", Privacy.EXACT, PublicationStatus.PUBLISHED));
        episode = publications.findBySlug("test-player-episode").orElseGet(() -> {
            Publication p = new Publication("test-player-episode", PublicationType.PODCAST,
                    "Synthetic episode for the player test", "en");
            p.setUrl("https://example.org/test-player-episode");
            p.setDurationSeconds(60);
            p.setTranscript(TRANSCRIPT);
            p.getCountries().add("GHA");
            p.getSegments().addAll(List.of(new Segment(20, "A crèche in the market", market.getId(), null),
                    new Segment(45, "Health insurance in Ghana", null, "GHA")));
            p.setStatus(PublicationStatus.PUBLISHED);
            p.createdBy("test");
            p = publications.saveAndFlush(p);
            return files.attach(p.getId(), new MockMultipartFile("file", "episode.mp3", "audio/mpeg",
                    SyntheticMedia.mp3(ONE_MINUTE)), "test");
        });
    }

    /** Other browser tests count what the map shows: leave the atlas as it was. */
    @AfterEach
    void removeEpisode() {
        jdbc.update("DELETE FROM translation WHERE record_type = 'publications' AND record_id = ?", episode.getId());
        publications.deleteById(episode.getId());
        fixtures.delete(market);
    }

    @Test
    void aTimeLinkStartsThePlayerThere() {
        open("/podcasts/" + episode.getId() + "?t=30");
        waitFor(".stored-file audio");
        waitUntil(d -> number("return document.querySelector('.stored-file audio').readyState") >= 1);
        assertThat(number("return document.querySelector('.stored-file audio').duration"))
                .as("the browser decoded the file").isBetween(59.0, 61.0);
        // it starts at 0:30 and plays; where the browser refuses to play without a gesture on this page, a
        // "Play from 0:30" button says so and plays on one press
        waitUntil(d -> currentTime() >= 29.5 && currentTime() < 35);
        waitUntil(d -> !paused() || driver.findElement(By.cssSelector(".stored-file button.play-from")).isDisplayed());
        if (paused()) {
            assertThat(driver.findElement(By.cssSelector(".stored-file button.play-from")).getText()).contains("0:30");
            driver.findElement(By.cssSelector(".stored-file button.play-from")).click();
            waitUntil(d -> !paused());
        }
        assertThat(currentTime()).isBetween(29.5, 35.0);
    }

    private boolean paused() {
        return (Boolean) script("return document.querySelector('.stored-file audio').paused");
    }

    @Test
    void listenFromButtonsSeekAndPlayByMouseAndKeyboard() {
        open("/podcasts/" + episode.getId());
        waitFor("#segments a.listen-from");
        assertThat(currentTime()).isZero();
        click("#segments a.listen-from[data-start='45']", null);
        waitUntil(d -> currentTime() >= 45 && currentTime() < 50);
        waitUntil(d -> !(Boolean) script("return document.querySelector('.stored-file audio').paused"));
        assertThat(driver.getCurrentUrl()).endsWith("/podcasts/" + episode.getId() + "?t=45");
        assertThat((Boolean) script("return document.activeElement === document.querySelector('.stored-file audio')"))
                .as("focus moves to the player").isTrue();

        script("document.querySelector('.stored-file audio').pause()");
        driver.findElement(By.cssSelector("#segments a.listen-from[data-start='20']")).sendKeys(Keys.ENTER);
        waitUntil(d -> currentTime() >= 20 && currentTime() < 25);
        assertThat(driver.getCurrentUrl()).endsWith("?t=20");
    }

    @Test
    void aFrenchReaderGetsTheFrenchTranscriptAndALinkToTheEnglishOneThatWorksWithoutScripts() {
        Actor editor = new Actor("edna", true);
        translations.save(PublicationTexts.TYPE, episode.getId(), Language.FR, Map.of("transcript", TRANSCRIPT_FR),
                false, editor);
        translations.publish(PublicationTexts.TYPE, episode.getId(), Language.FR, editor);
        open("/podcasts/" + episode.getId() + "?lang=fr");
        WebElement transcript = waitFor("#transcript .transcript");
        assertThat(transcript.getAttribute("lang")).isEqualTo("fr");
        assertThat(transcript.getText()).isEqualTo(TRANSCRIPT_FR);
        assertThat(driver.findElements(By.cssSelector("#transcript .translation-note"))).isEmpty();

        String href = click("#transcript a[hreflang='en']", "href");
        assertThat(href).endsWith("/podcasts/" + episode.getId() + "?transcript=en#transcript");
        waitUntil(d -> d.getCurrentUrl().contains("transcript=en"));
        waitUntil(d -> "en".equals(d.findElement(By.cssSelector("#transcript .transcript")).getAttribute("lang")));
        assertThat(driver.findElement(By.cssSelector("#transcript .transcript")).getText()).isEqualTo(TRANSCRIPT);
        // still a French page, whose player and segments are as they were
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(driver.findElements(By.cssSelector("#segments a.listen-from"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("#transcript a[hreflang='fr']")).getText()).isEqualTo("français");
        open("/podcasts/" + episode.getId() + "?lang=en");
    }

    @Test
    void theEpisodePageHasNoSeriousAccessibilityViolation() throws Exception {
        open("/podcasts/" + episode.getId());
        waitFor("#segments a.listen-from");
        assertThat(seriousAccessibilityViolations()).as("axe-core on the episode page").isEmpty();
    }

    @Test
    void anObservationPageLeadsToTheMomentAboutIt() {
        open("/observations/" + market.getId());
        String href = click("#listen a.listen-from", "href");
        assertThat(href).endsWith("/podcasts/" + episode.getId() + "?t=20");
        waitUntil(d -> d.getCurrentUrl().endsWith("?t=20"));
        waitFor(".stored-file audio");
        // the click on "Listen from" opens the episode at that moment, playing (or offering to play from there)
        waitUntil(d -> currentTime() >= 19.5 && currentTime() < 25);
        waitUntil(d -> !paused() || driver.findElement(By.cssSelector(".stored-file button.play-from")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector("#segments")).getText()).contains("A crèche in the market");
    }

    private double currentTime() {
        return number("return document.querySelector('.stored-file audio').currentTime");
    }

    private double number(String js) {
        Object value = script(js);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
