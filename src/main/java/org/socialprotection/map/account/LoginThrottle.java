package org.socialprotection.map.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW}, an account, and
 * separately an address, is refused until the oldest failure leaves the window. Kept in memory: a restart forgets,
 * which costs an attacker a restart they cannot cause.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait, or zero. */
    Duration wait(String username, String address) {
        Duration forUser = wait("u:" + normalise(username), MAX_FAILURES);
        Duration forAddress = address == null ? Duration.ZERO : wait("a:" + address, MAX_FAILURES_PER_ADDRESS);
        return forUser.compareTo(forAddress) >= 0 ? forUser : forAddress;
    }

    void failed(String username, String address) {
        record("u:" + normalise(username));
        if (address != null) {
            record("a:" + address);
        }
    }

    void succeeded(String username) {
        failures.remove("u:" + normalise(username));
    }

    private Duration wait(String key, int max) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), times.peekFirst().plus(WINDOW));
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
