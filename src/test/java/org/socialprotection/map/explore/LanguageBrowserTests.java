package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socialprotection.map.support.BrowserTest;

/** Switching language translates the page, keeps the state, and is remembered. */
class LanguageBrowserTests extends BrowserTest {

    @Test
    void switchingToFrenchKeepsTheFiltersAndIsRemembered() {
        open("/?kind=exclusion");
        waitForAll(".spmap-cluster, .spmap-marker");
        driver.findElement(By.cssSelector("nav.lang a[hreflang=fr]")).click();
        waitUntil(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.getCurrentUrl()).contains("kind=exclusion");
        assertThat(driver.findElement(By.cssSelector("#filters .kinds legend")).getText()).isEqualTo("Nature");
        waitForAll(".spmap-cluster, .spmap-marker");
        open("/countries/ZAF");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Afrique du Sud");
        driver.findElement(By.cssSelector("nav.lang a[hreflang=es]")).click();
        waitUntil(d -> d.findElement(By.tagName("h1")).getText().contains("Sudáfrica"));
    }
}
