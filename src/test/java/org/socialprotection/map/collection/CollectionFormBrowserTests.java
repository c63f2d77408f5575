package org.socialprotection.map.collection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A researcher curates a collection with the keyboard alone: every field is reached with Tab, a linked observation
 * is chosen with the arrow keys, the form is sent with Enter, a mistake is shown beside its field, and the page
 * passes axe and fits a phone.
 */
class CollectionFormBrowserTests extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        signIn("curator", Role.RESEARCHER);
    }

    /** The browser test commits: its collections and their history go, so that other tests see the demo alone. */
    @AfterEach
    void deleteCollections() {
        for (Long id : jdbc.queryForList("SELECT id FROM collection WHERE created_by = 'curator'", Long.class)) {
            jdbc.update("DELETE FROM collection WHERE id = ?", id);
            for (Long rev : jdbc.queryForList("SELECT rev FROM collection_aud WHERE id = ?", Long.class, id)) {
                for (String table : new String[] {"collection_aud", "collection_observation_aud",
                        "collection_scheme_aud", "collection_publication_aud", "collection_source_aud"}) {
                    jdbc.update("DELETE FROM " + table + " WHERE rev = ?", rev);
                }
                jdbc.update("DELETE FROM revision WHERE id = ?", rev);
            }
        }
    }

    /** Presses Tab until the field of this name has the focus; fails if Tab never reaches it. */
    WebElement tabTo(String name) {
        for (int i = 0; i < 80; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (name.equals(active.getAttribute("name"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches the field " + name);
    }

    String overflowing() {
        return (String) script("return [...document.querySelectorAll('main, main *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')");
    }

    @Test
    void aCollectionIsCuratedWithTheKeyboardAlone() throws Exception {
        open("/workspace/collections/new?lang=en");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        tabTo("titleEn").sendKeys("Markets by keyboard");
        tabTo("titleFr").sendKeys("Marchés au clavier");
        tabTo("introductionEn").sendKeys("Traders keep their children near [1].");
        tabTo("west").sendKeys("-1");
        tabTo("south").sendKeys("-30,5");
        tabTo("east").sendKeys("31.5");
        tabTo("north").sendKeys("6.5");
        // the first observation of the list, chosen with the arrow key
        tabTo("observations").sendKeys(Keys.ARROW_DOWN);
        tabTo("sources[0].title").sendKeys("WIEGO: Child Care in Markets");
        tabTo("sources[0].url").sendKeys("https://www.wiego.org/child-care-markets");
        tabTo("sources[0].accessed").sendKeys("2026-11-28");
        // then the row's "Remove" and "Add a source", and the save button
        for (int i = 0; i < 3; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement save = driver.switchTo().activeElement();
        assertThat(save.getAttribute("type")).isEqualTo("submit");
        save.sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().matches(".*/workspace/collections/\\d+/edit"));
        assertThat(driver.findElement(By.id("record-status")).getText()).isEqualTo("Draft");
        assertThat(driver.findElement(By.name("titleEn")).getAttribute("value")).isEqualTo("Markets by keyboard");
        assertThat(driver.findElement(By.name("south")).getAttribute("value")).isEqualTo("-30.5");
        assertThat(driver.findElements(By.cssSelector("select[name=observations] option:checked"))).hasSize(1);
        assertThat(driver.findElement(By.name("titleFr")).getAttribute("lang")).isEqualTo("fr");

        // a mistake: the summary links to the field, which says what is wrong
        WebElement title = driver.findElement(By.name("titleEn"));
        title.clear();
        title.sendKeys(Keys.ENTER);
        WebElement summaryLink = waitFor("#error-summary a[href='#titleEn']");
        assertThat(driver.findElement(By.id("titleEn-error")).getText()).isEqualTo("Required.");
        assertThat(driver.findElement(By.name("titleEn")).getAttribute("aria-invalid")).isEqualTo("true");
        // the page itself answered 422 Unprocessable Content, which Chromium logs: that line alone is expected
        assertThat(driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel() == java.util.logging.Level.SEVERE).toList())
                .isNotEmpty().allMatch(e -> e.getMessage().contains("Failed to load resource: the server responded with a status"
                        + " of 422"));
        summaryLink.sendKeys(Keys.ENTER);
        waitUntil(d -> "titleEn".equals(d.switchTo().activeElement().getAttribute("name")));
        assertThat(seriousAccessibilityViolations()).isEmpty();

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String lang : new String[] {"fr", "es"}) {
                open("/workspace/collections/new?lang=" + lang);
                assertThat(overflowing()).as(lang + " wider than the phone").isEmpty();
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
