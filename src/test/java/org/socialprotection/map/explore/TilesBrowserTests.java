package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The base map: tiles under the countries, with their attribution, on the map and in the embed. */
@TestPropertySource(properties = {"spmap.map.tile-url=/test-tiles/{z}/{x}/{y}.png",
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
        assertThat(TestTiles.SERVED).as("tiles the browser asked for").hasPositiveValue();
    }

    /**
     * A tile server on this site, for this test only (a nested test configuration is not scanned by others): every
     * tile is one pale square.
     */
    @TestConfiguration
    @RestController
    static class TestTiles {

        private static final byte[] TILE = tile();
        static final java.util.concurrent.atomic.AtomicInteger SERVED = new java.util.concurrent.atomic.AtomicInteger();

        @GetMapping("/test-tiles/{z}/{x}/{y}.png")
        ResponseEntity<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y) {
            SERVED.incrementAndGet();
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(TILE);
        }

        private static byte[] tile() {
            BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(new Color(0xdde8f0));
            g.fillRect(0, 0, 256, 256);
            g.dispose();
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
