package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first view of the map does not jump while it loads (issue 13): the layout shift that Chromium sums from the
 * start of the page until the clusters are drawn, the list filled and the legend written stays under 0.1 (the
 * "good" threshold of Web Vitals), on a phone and on a laptop, for a first visit (with the introduction) and a
 * return visit.
 */
class FirstViewShiftBrowserTests extends BrowserTest {

    private static final double GOOD = 0.1;

    @Autowired Observations observations;

    /**
     * The screen, and a network slow enough that the browser paints before every file has arrived, as a phone's
     * does (on the test's own loopback a late stylesheet would arrive before the first paint and hide its shift).
     */
    private void device(int width, int height, boolean mobile) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                "downloadThroughput", 4_000_000 / 8, "uploadThroughput", 1_000_000 / 8));
    }

    @AfterEach
    void fullWindowAndNetwork() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Opens the map page as a new (or returning) visitor and returns its shifts once the map has drawn everything. */
    private Map<String, Object> firstView(String path, boolean introSeen) {
        open("/login");
        script(introSeen ? "localStorage.setItem('spmap.intro.seen', '1')" : "localStorage.clear()");
        open(path);
        if (!path.contains("view=list")) {
            waitForAll("#map .spmap-cluster");
            waitForAll("#legend .spmap-legend-toggle");
            waitForAll("#map .leaflet-overlay-pane path");
        }
        // the list and the countries arrived (the list view draws no cluster)
        waitUntil(d -> (Boolean) script("const done = performance.getEntriesByType('resource')"
                + ".filter((r) => r.responseEnd > 0).map((r) => r.name);"
                + " return done.some((n) => n.includes('/api/observations?') && n.includes('limit=200'))"
                + " && done.some((n) => n.includes('/api/countries?'))"));
        return shifts();
    }

    /** Opens another page with a small map and returns its shifts once the map has drawn its outlines. */
    private Map<String, Object> smallMapView(String path, String map) {
        open(path);
        waitForAll(map + " .leaflet-overlay-pane path");
        return shifts();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> shifts() {
        // the shifts buffered since the page started, read once two more frames have been laid out
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const describe = (n) => !n ? '?' : n.nodeType !== 1 ? n.nodeName"
                        + "  : n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')"
                        + "    + (n.classList.length ? '.' + [...n.classList].join('.') : '');"
                        + "const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');"
                        + "let total = 0; const shifts = [];"
                        + "new PerformanceObserver((list) => {"
                        + "  for (const e of list.getEntries()) {"
                        + "    if (e.hadRecentInput) continue;"
                        + "    total += e.value;"
                        + "    shifts.push(e.value.toFixed(4) + ' at ' + Math.round(e.startTime) + ' ms: ' + e.sources.map("
                        + "      (s) => describe(s.node) + ' ' + rect(s.previousRect) + ' -> ' + rect(s.currentRect)).join('; '));"
                        + "  }"
                        + "}).observe({type: 'layout-shift', buffered: true});"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done({total, shifts}), 300)));");
    }

    private void assertSteady(String path, boolean introSeen, String what) {
        assertSteady(firstView(path, introSeen), what);
    }

    private void assertSteady(Map<String, Object> view, String what) {
        SoftAssertions.assertSoftly(soft -> assertSteady(soft, view, what));
    }

    private void assertSteady(SoftAssertions soft, Map<String, Object> view, String what) {
        @SuppressWarnings("unchecked")
        List<String> shifts = (List<String>) view.get("shifts");
        soft.assertThat(((Number) view.get("total")).doubleValue())
                .as("layout shift of the first view, %s: %s", what, String.join("\n", shifts))
                .isLessThan(GOOD);
    }

    @Test
    void onAPhoneTheFirstViewDoesNotJump() {
        device(390, 844, true);
        assertSteady("/", false, "390×844, first visit");
        assertSteady("/?lang=fr", true, "390×844, return visit, French");
        assertSteady("/?view=list", true, "390×844, list view");
    }

    @Test
    void onALaptopTheFirstViewDoesNotJump() {
        device(1280, 800, false);
        assertSteady("/", false, "1280×800, first visit");
        assertSteady("/?lang=es", true, "1280×800, return visit, Spanish");
    }

    /**
     * Every other page that draws a Leaflet map has the same head as the map (mapHead), Leaflet's stylesheet in it.
     * They measured no shift with the stylesheet at the end of the body either (it holds back the module script that
     * builds the map, so nothing is laid out without it); this keeps it so, on a cold cache and a slow network.
     */
    @Test
    void pagesWithASmallMapDoNotJump() {
        long observation = observations.findBySlug("accra-kayayei-nhis-premium-barrier").orElseThrow().getId();
        // a visitor from a search engine: nothing cached from the page before
        ((ChromeDriver) driver).executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        SoftAssertions soft = new SoftAssertions();
        int[][] screens = {{390, 844}, {1280, 800}};
        for (int[] screen : screens) {
            device(screen[0], screen[1], screen[0] < 500);
            String size = screen[0] + "×" + screen[1];
            assertSteady(soft, smallMapView("/countries/GHA", "#minimap"), size + ", country page");
            assertSteady(soft, smallMapView("/observations/" + observation, "#minimap"), size + ", observation page");
            assertSteady(soft, smallMapView("/collections/child-care-in-markets", "#minimap"),
                    size + ", collection page");
            assertSteady(soft, smallMapView("/contribute", "#place-map"), size + ", contribute form");
        }
        signIn("shift-researcher", Role.RESEARCHER);
        for (int[] screen : screens) {
            device(screen[0], screen[1], screen[0] < 500);
            assertSteady(soft, smallMapView("/workspace/observations/new", "#place-map"),
                    screen[0] + "×" + screen[1] + ", workspace observation form");
        }
        soft.assertAll();
    }

    @Test
    void withoutScriptsTheMapPageIsStillTheFormAndTheList() {
        device(390, 844, true);
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/?view=map&kind=exclusion");
            // nothing marked the page for the scripts: the filters are a plain form, the list is the server's
            assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).isNullOrEmpty();
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("filters-toggle")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("embed-code")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("intro")).isDisplayed()).isFalse();
            assertThat(driver.findElements(By.cssSelector("#results > li")))
                    .isNotEmpty().allMatch(org.openqa.selenium.WebElement::isDisplayed);
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
