package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A tile server that cannot be reached (here, a name that never resolves): the server's check says so, the page
 * draws the app's own opaque country layer as its base map, and the browser logs no error (BrowserTest fails on any).
 */
@TestPropertySource(properties = "spmap.map.tile-url=https://tiles.invalid/{z}/{x}/{y}.png")
class UnreachableTilesBrowserTests extends BrowserTest {

    @Autowired TileProbe probe;

    @Test
    void theOwnCountryLayerIsTheBaseMapAndNothingFailsInTheBrowser() {
        probe.tilesAvailable();
        probe.awaitCheck();
        for (String page : new String[] {"/", "/embed"}) {
            open(page);
            waitForAll("#map .leaflet-overlay-pane path");
            assertThat(driver.findElements(By.cssSelector("#map .leaflet-tile-pane img"))).isEmpty();
            assertThat(script("return document.querySelector('#map .leaflet-overlay-pane path')"
                    + ".getAttribute('fill-opacity')")).isEqualTo("1");
        }
    }
}
