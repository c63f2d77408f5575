package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.socialprotection.map.support.BrowserTest;

/**
 * The map page on a phone (390×844): the map comes first, the filters open as a sheet over it, panels fit the
 * screen; at 1280×800 the legend is in view and its classes read as ranges.
 */
class PhoneLayoutBrowserTests extends BrowserTest {

    private void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterEach
    void fullWindow() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The box of an element: [left, top, right, bottom] in CSS pixels of the viewport. */
    @SuppressWarnings("unchecked")
    private List<Number> box(String css) {
        return (List<Number>) script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return [r.left, r.top, r.right, r.bottom];", css);
    }

    @Test
    void onAPhoneTheMapComesFirstAndIsSeenWithoutScrolling() {
        viewport(390, 844);
        open("/login");
        script("localStorage.setItem('spmap.intro.seen', '1')");
        open("/?view=map&lang=fr");
        waitForAll("#map .leaflet-overlay-pane path");
        List<Number> map = box("#map");
        assertThat(map.get(1).doubleValue()).as("top of the map").isLessThan(844 * 0.3);
        assertThat(map.get(3).doubleValue()).as("bottom of the map").isLessThanOrEqualTo(844);
        assertThat(map.get(3).doubleValue() - map.get(1).doubleValue()).as("height of the map").isGreaterThan(400);
        assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
    }

    @Test
    void onAPhoneTheFirstVisitIntroductionLeavesTheMapAtTheTop() {
        viewport(390, 844);
        open("/login");
        script("localStorage.removeItem('spmap.intro.seen')");
        open("/?lang=en");
        WebElement intro = waitFor("#intro");
        waitForAll("#map .leaflet-overlay-pane path");
        assertThat(intro.isDisplayed()).isTrue();
        List<Number> map = box("#map");
        assertThat(map.get(1).doubleValue()).as("top of the map while the introduction shows").isLessThan(844 * 0.3);
        List<Number> banner = box("#intro");
        assertThat(banner.get(0).doubleValue()).as("left of the introduction").isGreaterThanOrEqualTo(0);
        assertThat(banner.get(2).doubleValue()).as("right of the introduction").isLessThanOrEqualTo(390);
        assertThat(banner.get(3).doubleValue()).as("bottom of the introduction").isLessThanOrEqualTo(844);
        assertThat(banner.get(1).doubleValue()).as("the introduction leaves the top of the map free")
                .isGreaterThan(map.get(1).doubleValue() + 100);

        // reached and dismissed from the keyboard; the map does not move, and the choice is remembered
        WebElement dismiss = intro.findElement(By.cssSelector("button[data-dismiss]"));
        script("arguments[0].focus()", dismiss);
        dismiss.sendKeys(Keys.ENTER);
        waitUntil(d -> !intro.isDisplayed());
        assertThat(box("#map").get(1).doubleValue()).isEqualTo(map.get(1).doubleValue());
        open("/?lang=en");
        waitForAll("#map .leaflet-overlay-pane path");
        assertThat(driver.findElement(By.id("intro")).isDisplayed()).isFalse();
    }

    @Test
    void theFiltersOpenAsASheetThatTheKeyboardCanOpenAndClose() {
        viewport(390, 844);
        open("/?kind=exclusion&group=street_vendors");
        WebElement toggle = waitFor("#filters-toggle");
        waitUntil(d -> toggle.getText().equals("Filters (2 active)"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getAttribute("aria-controls")).isEqualTo("filters");

        toggle.click();
        WebElement sheet = driver.findElement(By.id("filters"));
        assertThat(sheet.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat((Boolean) script("return document.getElementById('filters').contains(document.activeElement)")).isTrue();
        List<Number> box = box("#filters");
        assertThat(box.get(0).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get(2).doubleValue()).isLessThanOrEqualTo(390);

        // a change applies at once and the toggle counts it
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("branch"))).selectByValue("old_age");
        waitUntil(d -> toggle.getText().equals("Filters (3 active)"));

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntil(d -> !sheet.isDisplayed());
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.switchTo().activeElement()).isEqualTo(toggle);

        toggle.sendKeys(Keys.ENTER);
        waitUntil(d -> sheet.isDisplayed());
        driver.findElement(By.cssSelector("#filters .spmap-sheet-close")).click();
        waitUntil(d -> !sheet.isDisplayed());
    }

    @Test
    void countryAndPointPanelsFitOnAPhone() {
        viewport(390, 844);
        for (String page : List.of("/?sel=c:ZAF&lang=fr", "/?sel=c:GHA&lang=es")) {
            open(page);
            waitFor("#panel h2");
            List<Number> panel = box("#panel");
            assertThat(panel.get(0).doubleValue()).as(page).isGreaterThanOrEqualTo(0);
            assertThat(panel.get(2).doubleValue()).as(page).isLessThanOrEqualTo(390);
            assertThat(((Number) script("return document.querySelector('#panel').scrollWidth")).intValue())
                    .as(page).isLessThanOrEqualTo(390);
        }
        open("/?lat=5.57&lon=-0.2&zoom=11");
        click(".spmap-marker", null);
        waitFor("#panel h2");
        assertThat(box("#panel").get(2).doubleValue()).isLessThanOrEqualTo(390);
    }

    @Test
    void theLegendIsInViewOnALaptopAndItsClassesAreRanges() {
        viewport(1280, 800);
        open("/login");
        script("localStorage.setItem('spmap.intro.seen', '1')");
        for (String lang : List.of("en", "fr", "es")) {
            open("/?lang=" + lang);
            waitFor("#legend .spmap-legend-classes li");
            List<Number> legend = box("#legend");
            assertThat(legend.get(3).doubleValue()).as("bottom of the legend, " + lang).isLessThanOrEqualTo(800);
            assertThat(legend.get(1).doubleValue()).as("top of the legend, " + lang).isGreaterThanOrEqualTo(0);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) script("return [...document.querySelectorAll("
                    + "'#legend .spmap-legend-classes li')].map(li => li.textContent.trim())");
            String more = Map.of("en", "or more", "fr", "ou plus", "es", "o más").get(lang);
            String range = Map.of("en", "\\d+–\\d+", "fr", "\\d+ à \\d+", "es", "\\d+–\\d+").get(lang);
            // whole numbers, each class starting one above the one before, the last open-ended
            List<String> numbered = labels.stream().filter(l -> l.matches("\\d.*")).toList();
            assertThat(numbered.get(0)).isEqualTo("0");
            assertThat(numbered.get(numbered.size() - 1)).as(lang).matches("\\d+ " + more);
            int expected = 0;
            for (String label : numbered) {
                assertThat(label).as(lang).matches("\\d+|" + range + "|\\d+ " + more);
                int lower = Integer.parseInt(label.replaceAll("^(\\d+).*$", "$1"));
                assertThat(lower).as("classes leave no gap: " + labels).isEqualTo(expected);
                expected = Integer.parseInt(label.replaceAll("^.*?(\\d+)(?: " + more + ")?$", "$1")) + 1;
            }
        }
    }

    @Test
    void indicatorClassesAreRangesOfTheirUnit() {
        viewport(1280, 800);
        open("/?measure=indicator:sdg_1_3_1");
        waitUntil(d -> !d.findElements(By.cssSelector("#legend .spmap-legend-classes li")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) script("return [...document.querySelectorAll("
                + "'#legend .spmap-legend-classes li')].map(li => li.textContent.trim())");
        List<String> numbered = labels.stream().filter(l -> l.matches("\\d.*")).toList();
        assertThat(numbered).isNotEmpty().allMatch(l -> l.matches("[\\d.]+%(–[\\d.]+%)?"), "ranges in %");
    }
}
