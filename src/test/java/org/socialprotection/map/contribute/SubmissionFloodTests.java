package org.socialprotection.map.contribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A flood of 1,000 submissions from one address is refused (429 with Retry-After past the hourly allowance) without
 * slowing the public map: the map's API is timed alone and then while the flood runs, in the same test, and the
 * ratio of the medians is bounded (a ratio, not a time, so a slower machine does not fail it).
 */
@AtlasTest
abstract class SubmissionFloodTests {

    static final String FLOODER = "203.0.113.50";
    static final String ORGANISATION = "Flood test organisation";
    static final String BODY = """
            {"kind": "exclusion", "group": "street_vendors", "story": "The same story again and again.",
             "placeName": "Kejetia", "country": "GHA", "observedOn": "2024", "witnessed": true,
             "organisation": "%s", "consent": true}""".formatted(ORGANISATION);
    /** The map's first requests: the observations in view and their clusters. */
    static final List<String> MAP = List.of("/api/observations?bbox=-20,-35,55,40&limit=500",
            "/api/observations/clusters?zoom=3");
    static final int FLOOD = 1000;
    static final int SENDERS = 1;
    static final double MAX_RATIO = 3.0;

    @Autowired MockMvc mvc;
    @Autowired SubmissionThrottle throttle;
    @Autowired ContributeSettings settings;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void clean() {
        throttle.reset();
        jdbc.update("delete from submission where organisation = ?", ORGANISATION);
    }

    /** Nanoseconds of one round of the map's requests. */
    long mapRound() throws Exception {
        long start = System.nanoTime();
        for (String path : MAP) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        return System.nanoTime() - start;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void aThousandSubmissionsFromOneAddressAreRefusedWithoutSlowingTheMap() throws Exception {
        for (int i = 0; i < 20; i++) {
            mapRound();
        }
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            alone.add(mapRound());
        }
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
        // one script sending as fast as the answers come back, beside the map's reader: on a machine of two cores
        // each has one, so what the ratio measures is what the refusals cost the database and the shared state
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < SENDERS; t++) {
            senders.add(pool.submit(() -> {
                while (sent.incrementAndGet() <= FLOOD) {
                    MockHttpServletResponse r = mvc.perform(post("/api/submissions").with(req -> {
                        req.setRemoteAddr(FLOODER);
                        return req;
                    }).contentType(MediaType.APPLICATION_JSON).content(BODY)).andReturn().getResponse();
                    if (r.getStatus() == 201) {
                        created.incrementAndGet();
                    } else if (r.getStatus() == 429 && r.getHeader("Retry-After") != null
                            && Long.parseLong(r.getHeader("Retry-After")) > 0) {
                        refused.incrementAndGet();
                    } else {
                        other.add(r.getStatus() + " " + r.getContentAsString());
                    }
                }
                return null;
            }));
        }
        List<Long> flooded = new ArrayList<>();
        while (senders.stream().anyMatch(f -> !f.isDone()) || flooded.size() < 40) {
            flooded.add(mapRound());
        }
        for (Future<?> f : senders) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(other).isEmpty();
        assertThat(created.get()).isEqualTo(settings.perAddressPerHour());
        assertThat(refused.get()).isEqualTo(FLOOD - settings.perAddressPerHour());
        assertThat(jdbc.queryForObject("select count(*) from submission where organisation = ?", Integer.class,
                ORGANISATION)).isEqualTo(settings.perAddressPerHour());
        double ratio = (double) median(flooded) / median(alone);
        assertThat(ratio).as("the map's median time during the flood / alone (%d and %d rounds)", flooded.size(),
                alone.size()).isLessThan(MAX_RATIO);
    }

    /**
     * A flood from a thousand addresses at once (four senders racing): the site-wide allowance holds exactly under
     * the race, every other submission is refused with Retry-After, and the map answers throughout. The map's time is
     * not compared here: four senders on two cores take the processor from the map's reader whatever the app does.
     */
    @Test
    void aThousandSubmissionsFromAThousandAddressesAtOnceStopAtTheSiteWideAllowance() throws Exception {
        int senders = 4;
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            running.add(pool.submit(() -> {
                for (int n = sent.incrementAndGet(); n <= FLOOD; n = sent.incrementAndGet()) {
                    String address = "198.51." + (n / 250) + "." + (n % 250 + 1);
                    MockHttpServletResponse r = mvc.perform(post("/api/submissions").with(req -> {
                        req.setRemoteAddr(address);
                        return req;
                    }).contentType(MediaType.APPLICATION_JSON).content(BODY)).andReturn().getResponse();
                    if (r.getStatus() == 201) {
                        created.incrementAndGet();
                    } else if (r.getStatus() == 429 && r.getHeader("Retry-After") != null) {
                        refused.incrementAndGet();
                    } else {
                        other.add(r.getStatus() + " " + r.getContentAsString());
                    }
                }
                return null;
            }));
        }
        int rounds = 0;
        while (running.stream().anyMatch(f -> !f.isDone())) {
            mapRound();
            rounds++;
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(other).isEmpty();
        assertThat(rounds).as("the map answered during the flood").isPositive();
        assertThat(created.get()).isEqualTo(settings.perHour());
        assertThat(refused.get()).isEqualTo(FLOOD - settings.perHour());
        assertThat(jdbc.queryForObject("select count(*) from submission where organisation = ?", Integer.class,
                ORGANISATION)).isEqualTo(settings.perHour());
    }
}
