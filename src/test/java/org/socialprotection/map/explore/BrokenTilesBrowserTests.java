package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tile server on 127.0.0.1 that answers every tile with 500: the server's check sees it, the page never asks it
 * for a tile, the app's own opaque country layer is the base map, the tile attribution is not claimed, and the
 * browser logs no error (BrowserTest fails on any).
 */
class BrokenTilesBrowserTests extends BrowserTest {

    private static final AtomicInteger CHECKS = new AtomicInteger();
    private static final AtomicInteger BROWSER_REQUESTS = new AtomicInteger();
    private static HttpServer broken;

    @DynamicPropertySource
    static void brokenTiles(DynamicPropertyRegistry registry) {
        try {
            broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broken.createContext("/", exchange -> {
            String agent = exchange.getRequestHeaders().getFirst("User-Agent");
            (agent != null && agent.contains("tile check") ? CHECKS : BROWSER_REQUESTS).incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        broken.start();
        registry.add("spmap.map.tile-url",
                () -> "http://127.0.0.1:" + broken.getAddress().getPort() + "/{z}/{x}/{y}.png");
        registry.add("spmap.map.tile-attribution", () -> "Broken tiles contributors");
    }

    @AfterAll
    static void stopTheTileServer() {
        broken.stop(0);
    }

    @Autowired TileProbe probe;

    @Test
    void theCountryLayerIsTheBaseMapAndTheBrokenServerIsNeverAskedByTheBrowser() {
        open("/?lat=5.55&lon=-0.2&zoom=10");
        probe.awaitCheck();
        assertThat(CHECKS).as("the server checked the tile server").hasPositiveValue();
        for (String page : new String[] {"/?lat=5.55&lon=-0.2&zoom=10", "/embed?lat=5.55&lon=-0.2&zoom=10"}) {
            open(page);
            waitForAll("#map .leaflet-overlay-pane path");
            assertThat(driver.findElements(By.cssSelector("#map .leaflet-tile-pane img"))).isEmpty();
            assertThat(script("return document.querySelector('#map .leaflet-overlay-pane path')"
                    + ".getAttribute('fill-opacity')")).isEqualTo("1");
            String attribution = driver.findElement(By.cssSelector("#map .leaflet-control-attribution")).getText();
            assertThat(attribution).as("tiles not shown are not credited").doesNotContain("Broken tiles contributors")
                    .isNotBlank();
        }
        assertThat(BROWSER_REQUESTS).as("tile requests from the browser").hasValue(0);
    }
}
