package org.socialprotection.map.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, per pair of account name and address. The first {@value #FREE_FAILURES} failures of a
 * pair cost nothing; after them each attempt waits {@link #FIRST_DELAY}, doubling with every further failure up to
 * {@link #MAX_DELAY}, and only one attempt of the pair is checked at a time. A success clears the pair (unless it
 * comes amid a burst of failures).
 * <p>
 * The check and the count are one atomic step: a caller {@link #reserve reserves} an attempt before its password is
 * checked, and reports the outcome. Reserved attempts count as failures until then, so parallel requests cannot all
 * slip through while the first ones are still being checked: the others wait for those checks (up to
 * {@link #BUSY_WAIT}) and then go ahead if they passed, or are refused if they failed.
 * <p>
 * Nothing is counted per address alone or per account alone: failures from one address never lock other accounts
 * there (behind a proxy every user shares one address), and failures from elsewhere never keep the owner of an
 * account out. Kept in memory: a restart forgets, which costs an attacker a restart they cannot cause.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofHours(1);
    /** A success this soon after a failure of the same pair does not clear it. */
    static final Duration BURST = Duration.ofMinutes(1);
    /** A pair quiet this long is forgotten. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    /**
     * Past this many pairs, a failure sweeps (at most once a minute) the pairs that are not delayed and have been
     * quiet for {@link #FIRST_DELAY}, so that a spray of made-up names cannot fill the memory.
     */
    static final int SWEEP_ABOVE = 50_000;

    /** What is known of one pair: failures since the last success, attempts being checked now, the last failure. */
    private record Pair(int failures, int inFlight, Instant lastFailure) {
    }

    /**
     * How long a request waits for the pair's checks in progress when they use up its free attempts, before it is
     * refused: a script's parallel requests with the right password queue behind each other instead of failing.
     */
    static final Duration BUSY_WAIT = Duration.ofSeconds(10);

    /** The answer to a request to check a password: go ahead, or wait this long (busy: only for checks in progress). */
    record Attempt(String key, Duration retryAfter, boolean busy) {
        boolean allowed() {
            return key != null;
        }
    }

    private final Map<String, Pair> pairs = new ConcurrentHashMap<>();
    /** Told whenever a check ends, so that requests queued behind it look again. */
    private final Object checkEnded = new Object();
    private final Clock clock;
    private volatile Instant lastSweep = Instant.MIN;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves one password check for the pair, or says how long to wait. An allowed attempt must be ended by
     * exactly one of {@link #failed}, {@link #succeeded} or {@link #abandoned}.
     */
    Attempt reserve(String username, String address) {
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            Attempt attempt = tryReserve(username, address);
            long left = deadline - System.nanoTime();
            if (attempt.allowed() || !attempt.busy() || left <= 0) {
                return attempt;
            }
            synchronized (checkEnded) {
                try {
                    // bounded: a check that ended between the try and this wait is seen at the next look
                    checkEnded.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return attempt;
                }
            }
        }
    }

    private Attempt tryReserve(String username, String address) {
        String key = key(username, address);
        Duration[] wait = {Duration.ZERO};
        boolean[] busyOnly = {false};
        pairs.compute(key, (k, pair) -> {
            Instant now = clock.instant();
            if (pair == null || forgotten(pair, now)) {
                return new Pair(0, 1, null);
            }
            if (pair.failures() + pair.inFlight() < FREE_FAILURES) {
                return new Pair(pair.failures(), pair.inFlight() + 1, pair.lastFailure());
            }
            if (pair.inFlight() > 0) {
                // the last free attempts, or the one delayed attempt, are being checked right now
                busyOnly[0] = pair.failures() < FREE_FAILURES;
                wait[0] = busyOnly[0] ? Duration.ofSeconds(1) : delay(pair.failures() + 1);
                return pair;
            }
            Instant next = pair.lastFailure().plus(delay(pair.failures()));
            if (now.isBefore(next)) {
                wait[0] = Duration.between(now, next);
                return pair;
            }
            return new Pair(pair.failures(), 1, pair.lastFailure());
        });
        boolean busy = busyOnly[0];
        return wait[0].isZero() ? new Attempt(key, Duration.ZERO, false) : new Attempt(null, wait[0], busy);
    }

    private void checkEnded() {
        synchronized (checkEnded) {
            checkEnded.notifyAll();
        }
    }

    /** The reserved attempt had a wrong password (or no such account). */
    void failed(Attempt attempt) {
        Instant now = clock.instant();
        pairs.compute(attempt.key(), (k, pair) -> pair == null ? new Pair(1, 0, now)
                : new Pair(pair.failures() + 1, Math.max(0, pair.inFlight() - 1), now));
        checkEnded();
        if (pairs.size() > SWEEP_ABOVE && now.isAfter(lastSweep.plus(Duration.ofMinutes(1)))) {
            lastSweep = now;
            pairs.entrySet().removeIf(e -> sweepable(e.getValue(), now));
        }
    }

    /**
     * The reserved attempt had the right password: the pair starts afresh, unless it failed within the last
     * {@link #BURST}. Then the success only ends its own attempt, so that one right password among a burst of
     * guesses does not give the guesses after it a fresh allowance.
     */
    void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        pairs.compute(attempt.key(), (k, pair) -> {
            if (pair == null) {
                return null;
            }
            int inFlight = Math.max(0, pair.inFlight() - 1);
            if (pair.lastFailure() != null && pair.lastFailure().isAfter(now.minus(BURST))) {
                return new Pair(pair.failures(), inFlight, pair.lastFailure());
            }
            return inFlight == 0 ? null : new Pair(0, inFlight, null);
        });
        checkEnded();
    }

    /** The password could not be checked (the database was unreachable, say): the attempt does not count. */
    void abandoned(Attempt attempt) {
        pairs.computeIfPresent(attempt.key(), (k, pair) -> pair.failures() == 0 && pair.inFlight() <= 1 ? null
                : new Pair(pair.failures(), Math.max(0, pair.inFlight() - 1), pair.lastFailure()));
        checkEnded();
    }

    /** The wait after the given number of failures: none for the free ones, then doubling from the first delay. */
    static Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static boolean sweepable(Pair pair, Instant now) {
        return pair.inFlight() == 0 && (forgotten(pair, now) || pair.failures() < FREE_FAILURES
                && pair.lastFailure() != null && now.isAfter(pair.lastFailure().plus(FIRST_DELAY)));
    }

    /** How many pairs are remembered. */
    int size() {
        return pairs.size();
    }

    private static boolean forgotten(Pair pair, Instant now) {
        return pair.inFlight() == 0 && pair.lastFailure() != null
                && now.isAfter(pair.lastFailure().plus(FORGET_AFTER).plus(delay(pair.failures())));
    }

    private static String key(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name + "\u0000" + (address == null ? "" : address);
    }
}
