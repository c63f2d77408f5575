package org.socialprotection.map.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.support.BrowserTest;

/**
 * The coverage matrix on the demo atlas in Chromium: by keyboard from the table to a scheme, at 390 px (the table
 * scrolls inside its box, headers kept) and at 1280 px, in three languages without a serious axe violation.
 */
class CoverageBrowserTests extends BrowserTest {

    private static final String OLD_AGE = "/coverage?branch=old_age&year=2024";

    @Test
    void tickedRowsOpenTheComparison() {
        open(OLD_AGE + "&lang=en");
        waitFor("table.coverage-matrix");
        driver.findElement(By.cssSelector("tr#GHA input[name=countries]")).click();
        driver.findElement(By.cssSelector("tr#ZAF input[name=countries]")).click();
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/compare?"));
        assertThat(driver.getCurrentUrl()).contains("countries=GHA").contains("countries=ZAF");
        assertThat(waitFor("h1").getText()).contains("Ghana").contains("South Africa");
    }

    @Test
    void aCellOpensItsSchemesByKeyboard() {
        open(OLD_AGE + "&lang=en");
        waitFor("table.coverage-matrix");
        script("document.querySelector('.coverage-scroll').focus()");
        WebElement active = null;
        for (int i = 0; i < 300; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            active = driver.switchTo().activeElement();
            if ((Boolean) script("return arguments[0].matches('#IND-domestic_workers summary')", active)) {
                break;
            }
        }
        assertThat(active.getTagName()).isEqualTo("summary");
        assertThat(active.getText()).contains("Voluntary").contains("informal workers in general");
        active.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector("#IND-domestic_workers details")).getAttribute("open"))
                .isNotNull();
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement link = driver.switchTo().activeElement();
        assertThat(link.getAttribute("href")).contains("/schemes/");
        String name = link.getText();
        link.sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("/schemes/"));
        assertThat(waitFor("h1").getText()).contains(name.replaceAll(" \\(.*", ""));
    }

    /** The map's coverage measure colours countries by status, says so in its legend, and a click opens the matrix. */
    @Test
    void theMapColoursCountriesByLegalCoverageAndAClickOpensTheMatrix() {
        open("/?measure=coverage&group=domestic_workers&branch=old_age&to=2024&lang=en");
        WebElement legend = waitFor("#legend");
        waitUntil(d -> legend.getText().contains("Voluntary"));
        assertThat(legend.getText()).contains("Domestic workers").contains("Old age").contains("2024")
                .contains("Covered").contains("Excluded").contains("No scheme recorded");
        waitForAll("path.leaflet-interactive[fill='#56b4e9']");
        @SuppressWarnings("unchecked")
        java.util.List<Number> point = (java.util.List<Number>) script("""
                for (const path of document.querySelectorAll("path.leaflet-interactive[fill='#56b4e9']")) {
                  const r = path.getBoundingClientRect();
                  const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
                  if (document.elementFromPoint(x, y) === path) return [x, y];
                }
                return null;""");
        assertThat(point).as("a country coloured 'voluntary' that can be clicked").isNotNull();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
        waitUntil(d -> d.getCurrentUrl().contains("/coverage?"));
        assertThat(driver.getCurrentUrl()).contains("group=domestic_workers").contains("branch=old_age")
                .contains("year=2024").contains("country=");
        WebElement cell = waitFor("tr.focus td[data-group=domestic_workers] details[open]");
        assertThat(cell.getText()).contains("Voluntary");
    }

    @Test
    void onAPhoneTheTableScrollsInsideItsBoxWithItsHeadersKept() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String lang : new String[] {"en", "fr", "es"}) {
                open(OLD_AGE + "&lang=" + lang);
                waitFor("table.coverage-matrix");
                assertThat((Boolean) script("return [...document.querySelectorAll('main, main *')]"
                        + ".filter(e => !e.closest('.coverage-scroll') || e.matches('.coverage-scroll'))"
                        + ".some(e => e.getBoundingClientRect().right > window.innerWidth + 1)"))
                        .as("content wider than the screen outside the table's box, " + lang).isFalse();
                assertThat(seriousAccessibilityViolations()).as(lang).isEmpty();
            }
            WebElement box = driver.findElement(By.cssSelector(".coverage-scroll"));
            assertThat((Boolean) script("return arguments[0].scrollWidth > arguments[0].clientWidth", box)).isTrue();
            script("arguments[0].scrollTop = 300; arguments[0].scrollLeft = 400", box);
            Number headerTop = (Number) script("return document.querySelector('.coverage-matrix thead th:nth-child(3)')"
                    + ".getBoundingClientRect().top - arguments[0].getBoundingClientRect().top", box);
            Number rowHeaderLeft = (Number) script("return document.querySelector('.coverage-matrix tbody tr:last-child th')"
                    + ".getBoundingClientRect().left - arguments[0].getBoundingClientRect().left", box);
            assertThat(Math.abs(headerTop.doubleValue())).as("group names stay at the top").isLessThan(3);
            assertThat(Math.abs(rowHeaderLeft.doubleValue())).as("country names stay at the left").isLessThan(3);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void atFullWidthWithoutSeriousViolationsAndAScreenshotForTheReadme() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 800));
        try {
            open("/coverage?year=2024&lang=en");
            waitFor("table.coverage-matrix");
            assertThat(seriousAccessibilityViolations()).isEmpty();
            open("/coverage?branch=old_age&year=2024&country=IND&sort=region&lang=en#IND");
            waitFor("#IND-domestic_workers details[open]");
            assertThat(seriousAccessibilityViolations()).isEmpty();
            open("/coverage?year=2024&sort=region&lang=en");
            waitFor("table.coverage-matrix");
            script("document.querySelector('.coverage-filters').scrollIntoView()");
            screenshot("docs/images/coverage.png");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
