package org.socialprotection.map.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A podcast episode's segments typed with the keyboard alone on a phone, in French: "Ajouter une partie" adds a row
 * in place (the page is not reloaded), "Retirer" takes one out, and the saved episode keeps the rows.
 */
class SegmentRowsBrowserTests extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signInOnAPhone() {
        signIn("segments-editor", Role.EDITOR);
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** The browser test commits: its episodes and their history go, so that other tests see the demo alone. */
    @AfterEach
    void deleteEpisodesAndRestoreTheWindow() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        for (Long id : jdbc.queryForList("SELECT id FROM publication WHERE created_by = 'segments-editor'",
                Long.class)) {
            List<Long> revisions = jdbc.queryForList("SELECT rev FROM publication_aud WHERE id = ?", Long.class, id);
            for (String table : new String[] {"publication_segment", "publication_author", "publication_country",
                    "publication_observation", "publication_scheme"}) {
                jdbc.update("DELETE FROM " + table + " WHERE publication_id = ?", id);
            }
            jdbc.update("DELETE FROM review_comment WHERE record_type = 'publications' AND record_id = ?", id);
            jdbc.update("DELETE FROM publication WHERE id = ?", id);
            for (Long rev : revisions) {
                for (String table : new String[] {"publication_aud", "publication_segment_aud",
                        "publication_author_aud", "publication_country_aud", "publication_observation_aud",
                        "publication_scheme_aud"}) {
                    jdbc.update("DELETE FROM " + table + " WHERE rev = ?", rev);
                }
                jdbc.update("DELETE FROM revision WHERE id = ?", rev);
            }
        }
    }

    /** Presses Tab until the field of this name has the focus; fails if Tab never reaches it. */
    WebElement tabTo(String name) {
        for (int i = 0; i < 300; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (name.equals(active.getAttribute("name"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches the field " + name);
    }

    @Test
    void segmentsAreAddedInPlaceWithTheKeyboardOnAPhoneInFrench() throws Exception {
        open("/workspace/publications/new?lang=fr");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        assertThat(widerThanTheScreen()).as("the form is wider than the phone").isFalse();
        // marks this page: a reload would lose the mark
        script("window.rowsTestMark = true");
        WebElement type = tabTo("type");
        while (!"podcast".equals(driver.switchTo().activeElement().getAttribute("value"))) {
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        }
        assertThat(type).isNotNull();
        tabTo("title").sendKeys("Épisode au clavier");
        tabTo("url").sendKeys("https://example.org/episodes/clavier");
        tabTo("duration").sendKeys("20:00");

        tabTo("segments[0].start").sendKeys("0:30");
        tabTo("segments[0].title").sendKeys("La crèche du marché");
        new Select(tabTo("segments[0].country")).selectByValue("GHA");
        // past the row's "Retirer" to "Ajouter une partie", pressed with Enter: a new row, the keyboard in it
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Retirer cette partie");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Ajouter une partie");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(d -> "segments[1].start".equals(d.switchTo().activeElement().getAttribute("name")));
        assertThat(script("return window.rowsTestMark === true")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#segments legend")).stream().map(WebElement::getText))
                .containsExactly("Segments de l’épisode", "Partie 1", "Partie 2");
        driver.switchTo().activeElement().sendKeys("7:45");
        tabTo("segments[1].title").sendKeys("L’assurance maladie des commerçantes");
        // a third row, added and removed again with the keyboard
        driver.findElement(By.cssSelector("#segments > button[name=addRow]")).sendKeys(Keys.ENTER);
        waitUntil(d -> "segments[2].start".equals(d.switchTo().activeElement().getAttribute("name")));
        driver.switchTo().activeElement().sendKeys("9:00");
        driver.findElements(By.cssSelector("#segments button.remove-row")).get(2).sendKeys(Keys.ENTER);
        waitUntil(d -> d.findElements(By.name("segments[2].start")).isEmpty());
        assertThat(widerThanTheScreen()).as("the rows are wider than the phone").isFalse();

        // Enter in a field saves (the form's default button), not "Ajouter une partie"
        driver.findElement(By.name("segments[1].title")).sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().matches(".*/workspace/publications/\\d+/edit.*"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/workspace/publications/(\\d+)/edit.*", "$1"));
        assertThat(jdbc.queryForList("SELECT start_seconds FROM publication_segment WHERE publication_id = ?"
                + " ORDER BY start_seconds", Integer.class, id)).containsExactly(30, 465);
        assertThat(driver.findElement(By.name("segments[1].title")).getAttribute("value"))
                .isEqualTo("L’assurance maladie des commerçantes");
        assertThat(new Select(driver.findElement(By.name("segments[0].country"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("GHA");
        assertThat(driver.findElement(By.name("segments[2].start")).getAttribute("value")).isEmpty();
        assertThat(widerThanTheScreen()).as("the saved form is wider than the phone").isFalse();
    }
}
