package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/** The base map: tiles under the countries, with their attribution, on the map and in the embed. */
@TestPropertySource(properties = {"spmap.map.tile-url=" + TestTiles.URL,
        "spmap.map.tile-attribution=Test tiles contributors"})
class TilesBrowserTests extends BrowserTest {

    @Test
    void theMapAndTheEmbedShowTilesUnderTranslucentCountriesWithTheAttribution() {
        for (String page : new String[] {"/?lat=5.55&lon=-0.2&zoom=10", "/embed?lat=5.55&lon=-0.2&zoom=10"}) {
            open(page);
            waitForAll("#map .leaflet-tile-pane img.leaflet-tile-loaded");
            waitForAll("#map .leaflet-overlay-pane path");
            assertThat(driver.findElement(By.cssSelector("#map .leaflet-control-attribution")).getText())
                    .contains("Test tiles contributors");
            assertThat(script("return document.querySelector('#map .leaflet-overlay-pane path')"
                    + ".getAttribute('fill-opacity')")).isEqualTo("0.65");
        }
    }
}
