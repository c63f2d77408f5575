package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.support.BrowserTest;

/** The first-visit introduction: shown once, dismissed for good, found again under "About this map". */
class IntroBrowserTests extends BrowserTest {

    @BeforeEach
    void firstVisit() {
        open("/login");
        script("localStorage.clear()");
    }

    @Test
    void shownOnTheFirstVisitThenRememberedAsDismissed() {
        open("/?lang=fr");
        WebElement intro = waitFor("#intro");
        assertThat(intro.getText()).contains("Ce que montre cet atlas").contains("Inclusion").contains("Exclusion")
                .contains("sources");
        assertThat(intro.findElement(By.cssSelector("a[href$='/about']"))).isNotNull();
        // a region of the page, not a dialog: it takes no focus and traps none
        assertThat(intro.getAttribute("role")).isNull();
        assertThat((Boolean) script("return document.getElementById('intro').contains(document.activeElement)")).isFalse();

        intro.findElement(By.cssSelector("button[data-dismiss]")).click();
        assertThat(intro.isDisplayed()).isFalse();
        driver.navigate().refresh();
        waitForAll("#map .leaflet-overlay-pane path");
        assertThat(driver.findElement(By.id("intro")).isDisplayed()).isFalse();

        // "About this map" brings it back, with the keyboard in it; Escape folds it and gives focus back
        driver.findElement(By.id("intro-open")).click();
        WebElement again = waitFor("#intro");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("intro-title");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntil(d -> !again.isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("intro-open");
    }

    @Test
    void inThreeLanguages() {
        open("/?lang=es");
        assertThat(waitFor("#intro h2").getText()).isEqualTo("Qué muestra este atlas");
        open("/?lang=en");
        assertThat(waitFor("#intro h2").getText()).isEqualTo("What this atlas shows");
    }

    @Test
    void notShownInTheEmbeddedMap() {
        open("/embed");
        waitForAll("#map .leaflet-overlay-pane path");
        assertThat(driver.findElements(By.cssSelector("#intro"))).isEmpty();
    }
}
