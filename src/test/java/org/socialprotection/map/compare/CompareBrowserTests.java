package org.socialprotection.map.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.socialprotection.map.support.BrowserTest;

/** Countries side by side, reached as a reader would: from the map and from a country page. */
class CompareBrowserTests extends BrowserTest {

    @AfterEach
    void wideAgain() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void countriesPickedOnTheMapOpenTheirComparison() {
        open("/?sel=c:GHA");
        click("#panel .spmap-compare-toggle", null);
        waitUntil(d -> text(".spmap-compare-status").contains("Ghana"));
        assertThat(driver.findElements(By.cssSelector(".spmap-compare-go"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".spmap-compare-toggle")).getAttribute("aria-pressed"))
                .isEqualTo("true");

        open("/?sel=c:ZAF");
        waitUntil(d -> text("#panel .spmap-compare-toggle").contains("South Africa"));
        click("#panel .spmap-compare-toggle", null);
        String href = click("#panel .spmap-compare-go", "href");
        assertThat(href).endsWith("/compare?countries=GHA,ZAF");
        waitUntil(d -> d.getCurrentUrl().endsWith("/compare?countries=GHA,ZAF"));
        assertThat(waitFor("h1").getText()).isEqualTo("Side by side: Ghana, South Africa");
    }

    @Test
    void aCountryPageLeadsToTheComparisonAndItsFormAddsAndRemovesCountries() throws Exception {
        open("/countries/GHA");
        new Select(waitFor("#compare-with")).selectByValue("ZAF");
        driver.findElement(By.cssSelector("form.compare-with button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/compare?countries=GHA&countries=ZAF"));
        assertThat(waitFor("h1").getText()).isEqualTo("Side by side: Ghana, South Africa");

        new Select(waitFor("#compare-add-1")).selectByValue("RWA");
        driver.findElement(By.cssSelector("form.compare-form button[type=submit]")).click();
        waitUntil(d -> text("h1").equals("Side by side: Ghana, South Africa, Rwanda"));
        assertThat(seriousAccessibilityViolations()).isEmpty();

        driver.manage().window().setSize(new Dimension(1280, 800));
        script("window.scrollTo(0, document.querySelector('.compare-form').getBoundingClientRect().bottom"
                + " + window.scrollY - 8)");
        screenshot("docs/images/compare.png");

        driver.findElement(By.cssSelector("input[name=countries][value=ZAF]")).click();
        driver.findElement(By.cssSelector("form.compare-form button[type=submit]")).click();
        waitUntil(d -> text("h1").equals("Side by side: Ghana, Rwanda"));
    }

    @Test
    void readableAt390PixelsInEachLanguageAndPrintable() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String lang : new String[] {"en", "fr", "es"}) {
            open("/compare?countries=GHA,ZAF,RWA,KEN&lang=" + lang);
            waitFor("table.compare-table");
            Object beyond = script("return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".map(e => e.tagName + '.' + e.className).slice(0, 5).join(' ')");
            assertThat(((Number) script("return document.documentElement.scrollWidth - "
                    + "document.documentElement.clientWidth")).intValue())
                    .as("page scrolls sideways in " + lang + "; beyond the screen: " + beyond)
                    .isLessThanOrEqualTo(0);
            assertThat(seriousAccessibilityViolations()).as(lang).isEmpty();
        }
        open("/countries/ZAF");
        waitFor("ol.timeline time");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        open("/compare?countries=GHA,ZAF");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(script("return getComputedStyle(document.querySelector('.site-header')).display")).isEqualTo("none");
        assertThat(script("return getComputedStyle(document.querySelector('.compare-form')).display")).isEqualTo("none");
        assertThat(script("return getComputedStyle(document.querySelector('.compare-scroll')).overflowX"))
                .isEqualTo("visible");
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }
}
