package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The server's check of the tile server, against a server on the loopback address and a name that never resolves. */
class TileProbeTests {

    private static TileProbe probe(String url) {
        return new TileProbe(new MapSettings(6, url, "test"), Clock.systemUTC(), HttpClient.newHttpClient());
    }

    @Test
    void noUrlMeansNoTilesAndAPathOnThisSiteNeedsNoCheck() {
        assertThat(probe("").tilesAvailable()).isFalse();
        assertThat(probe(null).tilesAvailable()).isFalse();
        assertThat(probe("/tiles/{z}/{x}/{y}.png").tilesAvailable()).isTrue();
    }

    @Test
    void tilesAreOfferedOnlyOnceATileHasLoaded() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().equals("/0/0/0.png") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            TileProbe good = probe(base + "/{z}/{x}/{y}.png");
            good.tilesAvailable();
            good.awaitCheck();
            assertThat(good.tilesAvailable()).isTrue();
            TileProbe missing = probe(base + "/other/{z}/{x}/{y}.png");
            missing.tilesAvailable();
            missing.awaitCheck();
            assertThat(missing.tilesAvailable()).isFalse();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aClosedPortOnThisMachineMeansNoTiles() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        TileProbe refused = probe("http://127.0.0.1:" + closed + "/{z}/{x}/{y}.png");
        refused.tilesAvailable();
        refused.awaitCheck();
        assertThat(refused.tilesAvailable()).isFalse();
    }

    @Test
    void anUnreachableServerMeansNoTiles() {
        TileProbe unreachable = probe("https://tiles.invalid/{z}/{x}/{y}.png");
        unreachable.tilesAvailable();
        unreachable.awaitCheck();
        assertThat(unreachable.tilesAvailable()).isFalse();
    }
}
