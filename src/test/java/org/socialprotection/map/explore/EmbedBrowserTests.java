package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.socialprotection.map.support.BrowserTest;

/** "Embed this map" gives the code of what the map shows; the embedded map says what it shows and stays visible. */
class EmbedBrowserTests extends BrowserTest {

    @AfterEach
    void fullWindow() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theMapPageGivesTheIframeCodeOfItsPresentState() {
        open("/?kind=exclusion&measure=inclusions&lang=fr");
        WebElement box = waitFor("#embed-code");
        box.findElement(By.tagName("summary")).click();
        WebElement code = box.findElement(By.tagName("textarea"));
        waitUntil(d -> code.getAttribute("value").startsWith("<iframe"));
        assertThat(code.getAttribute("value"))
                .contains("src=\"" + url("/embed?kind=exclusion&amp;measure=inclusions&amp;lang=fr") + "\"")
                .contains("title=\"Carte de la protection sociale\"");

        // a filter changed on the page is in the code at once
        driver.findElement(By.cssSelector("#filters input[name=kind][value=inclusion]")).click();
        waitUntil(d -> !code.getAttribute("value").contains("kind="));

        box.findElement(By.tagName("button")).click();
        waitUntil(d -> !box.findElement(By.cssSelector("[role=status]")).getText().isEmpty());
    }

    @Test
    void theEmbeddedMapSaysWhatItShowsLinksBackAndCredits() {
        open("/embed?kind=exclusion&country=GHA&measure=inclusions");
        WebElement label = waitFor("#embed-label");
        waitUntil(d -> label.getText().contains("Ghana"));
        assertThat(label.getText()).contains("Inclusion observations").contains("Exclusion");
        WebElement back = label.findElement(By.tagName("a"));
        assertThat(back.getAttribute("href")).isEqualTo(url("/?kind=exclusion&country=GHA&measure=inclusions&lang=en"));
        assertThat(back.getAttribute("target")).isEqualTo("_blank");
        assertThat(waitFor(".leaflet-control-attribution").getText()).contains("Social Protection Map");
    }

    @Test
    void atSevenHundredByFourHundredFiftyLegendLabelAndPanelLeaveMostOfTheMapVisible() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 700, "height", 450, "deviceScaleFactor", 1, "mobile", false));
        open("/embed?sel=c:ZAF");
        waitFor("#panel h2");
        waitFor("#legend .spmap-legend-toggle");
        waitFor("#embed-label a");
        Number covered = (Number) script("""
                const m = document.getElementById('map').getBoundingClientRect();
                const area = (e) => {
                  if (!e || e.hidden) return 0;
                  const r = e.getBoundingClientRect();
                  const w = Math.max(0, Math.min(r.right, m.right) - Math.max(r.left, m.left));
                  const h = Math.max(0, Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top));
                  return w * h;
                };
                return ['legend', 'panel', 'embed-label'].map(id => area(document.getElementById(id)))
                  .reduce((a, b) => a + b, 0) / (m.width * m.height);""");
        assertThat(covered.doubleValue()).as("share of the map covered").isLessThan(0.25);

        // the folded legend opens on demand
        WebElement toggle = driver.findElement(By.cssSelector("#legend .spmap-legend-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        assertThat(waitFor("#legend .spmap-legend-classes").isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    }

    @Test
    void aSmallIframeShowsTheWholeMapWithItsControlsAndCredits() {
        // 400x240 was cut off at the bottom (the page's map kept its 320 px floor); 300x150 is an iframe without a size
        for (int[] size : new int[][] {{400, 240}, {300, 150}}) {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", false));
            open("/embed?kind=exclusion");
            waitFor(".leaflet-control-attribution");
            waitFor("#legend .spmap-legend-toggle");
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) script("""
                    const inside = (e) => { const r = e.getBoundingClientRect();
                      return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5; };
                    const root = document.scrollingElement;
                    return { scrollHeight: root.scrollHeight, scrollWidth: root.scrollWidth, height: innerHeight,
                      width: innerWidth, map: inside(document.getElementById('map')),
                      mapHeight: document.getElementById('map').getBoundingClientRect().height,
                      attribution: inside(document.querySelector('.leaflet-control-attribution')),
                      zoom: inside(document.querySelector('.leaflet-control-zoom')),
                      legend: inside(document.getElementById('legend')) };""");
            String at = size[0] + "x" + size[1];
            assertThat(((Number) box.get("scrollHeight")).intValue()).as("page height at " + at)
                    .isLessThanOrEqualTo(((Number) box.get("height")).intValue());
            assertThat(((Number) box.get("scrollWidth")).intValue()).as("page width at " + at)
                    .isLessThanOrEqualTo(((Number) box.get("width")).intValue());
            // the map fills the iframe (a phone-width iframe took the phone page's 62 % map height)
            assertThat(((Number) box.get("mapHeight")).doubleValue()).as("map height at " + at)
                    .isCloseTo(((Number) box.get("height")).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(box).as("in view at " + at).containsEntry("map", true).containsEntry("attribution", true)
                    .containsEntry("zoom", true).containsEntry("legend", true);
        }
    }
}
