package org.socialprotection.map.contribute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts submissions per address and in all over the last hour, in memory, before anything reads the body or the
 * database: a refused one costs a map lookup, so a flood answered with 429 does not slow the map for everyone else.
 * Every attempt that gets past the limit counts, valid or not, so that a script cannot probe the checks for free;
 * the refused ones do not, so the wait ends an hour after the oldest counted one. Like the login throttle
 * it forgets at a restart, and it sees the address Tomcat sees: behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} or every visitor shares the proxy's allowance.
 */
@Component
class SubmissionThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    /** Past this many addresses remembered, the quiet ones are swept so that a spray of addresses cannot fill memory. */
    static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();
    private final ContributeSettings settings;
    private final Clock clock;
    private volatile Instant lastSweep = Instant.MIN;

    @Autowired
    SubmissionThrottle(ContributeSettings settings) {
        this(settings, Clock.systemUTC());
    }

    SubmissionThrottle(ContributeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts one attempt from the address; empty if it may go ahead, else how long to wait. */
    Optional<Duration> attempt(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Duration[] wait = {null};
        byAddress.compute(address == null ? "" : address, (key, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            drop(recent, since);
            if (recent.size() >= settings.perAddressPerHour()) {
                wait[0] = Duration.between(now, recent.peekFirst().plus(WINDOW));
                return recent;
            }
            synchronized (all) {
                drop(all, since);
                if (all.size() >= settings.perHour()) {
                    wait[0] = Duration.between(now, all.peekFirst().plus(WINDOW));
                    return recent;
                }
                all.addLast(now);
            }
            recent.addLast(now);
            return recent;
        });
        if (byAddress.size() > SWEEP_ABOVE && now.isAfter(lastSweep.plus(Duration.ofMinutes(1)))) {
            lastSweep = now;
            for (String key : byAddress.keySet()) {
                byAddress.computeIfPresent(key, (k, times) -> {
                    drop(times, since);
                    return times.isEmpty() ? null : times;
                });
            }
        }
        return Optional.ofNullable(wait[0]).map(d -> d.isNegative() || d.isZero() ? Duration.ofSeconds(1) : d);
    }

    private static void drop(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }

    /** Forgets every count: for tests that need a fresh allowance in a shared application. */
    void reset() {
        byAddress.clear();
        synchronized (all) {
            all.clear();
        }
    }
}
