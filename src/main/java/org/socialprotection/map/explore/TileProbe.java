package org.socialprotection.map.explore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether the configured tile server answers, asked by the server rather than the browser: a tile that fails to
 * load is a console error in every visitor's browser, while this question costs one request an hour and never
 * blocks a page. Until the first answer, and while the server is unreachable, pages use the app's own country
 * layer alone. A tile URL on this site (a path, as tests use) is taken as reachable.
 */
@Component
class TileProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final Duration RECHECK = Duration.ofHours(1);

    private final MapSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private volatile Boolean reachable;
    private volatile Instant checked = Instant.MIN;
    private volatile CompletableFuture<Boolean> pending;

    @Autowired
    TileProbe(MapSettings settings) {
        this(settings, Clock.systemUTC(), HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    TileProbe(MapSettings settings, Clock clock, HttpClient http) {
        this.settings = settings;
        this.clock = clock;
        this.http = http;
    }

    /** True once the tile server has answered a tile with 200; false before that and when it did not. */
    boolean tilesAvailable() {
        if (!settings.hasTiles()) {
            return false;
        }
        String url = settings.tileUrl().strip();
        if (url.startsWith("/") && !url.startsWith("//")) {
            return true;
        }
        if (checked.plus(RECHECK).isBefore(clock.instant())) {
            start(url);
        }
        Boolean answer = reachable;
        return answer != null && answer;
    }

    private synchronized void start(String template) {
        if ((pending != null && !pending.isDone()) || !checked.plus(RECHECK).isBefore(clock.instant())) {
            return;
        }
        checked = clock.instant();
        HttpRequest request;
        try {
            URI tile = URI.create(template.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0")
                    .replace("{y}", "0").replace("{r}", ""));
            request = HttpRequest.newBuilder(tile).timeout(TIMEOUT)
                    .header("User-Agent", "social-protection-map (tile check)").GET().build();
        } catch (IllegalArgumentException e) {
            // not an http(s) URL: the browser could not load it either
            reachable = false;
            return;
        }
        pending = http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200)
                .completeOnTimeout(false, TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS)
                .exceptionally(e -> false)
                .whenComplete((ok, e) -> reachable = ok != null && ok);
    }

    /** Waits for a check under way; for tests. */
    void awaitCheck() {
        CompletableFuture<Boolean> running = pending;
        if (running != null) {
            running.join();
        }
    }
}
