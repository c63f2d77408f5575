package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-28T10:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    /** A guess: reserve, then report a wrong password. Returns whether the password was checked at all. */
    static boolean guess(LoginThrottle throttle, String name, String address) {
        LoginThrottle.Attempt attempt = throttle.reserve(name, address);
        if (attempt.allowed()) {
            throttle.failed(attempt);
        }
        return attempt.allowed();
    }

    @Test
    void fiveFreeFailuresThenADelayThatDoubles() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(guess(throttle, "Alice", "10.0.0.1")).isTrue();
        }
        LoginThrottle.Attempt refused = throttle.reserve("ALICE", "10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));

        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(guess(throttle, "alice", "10.0.0.1")).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(119));
        assertThat(throttle.reserve("alice", "10.0.0.1").allowed()).isFalse();
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(guess(throttle, "alice", "10.0.0.1")).isTrue();
        assertThat(throttle.reserve("alice", "10.0.0.1").retryAfter()).isEqualTo(Duration.ofMinutes(4));
        assertThat(LoginThrottle.delay(30)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void theRightPasswordClearsThePairAndOtherPairsAreNeverTouched() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 10; i++) {
            guess(throttle, "alice", "10.0.0.1");
        }
        assertThat(throttle.reserve("alice", "10.0.0.1").allowed()).isFalse();
        // the owner, from another address, and another account from the same address go ahead
        LoginThrottle.Attempt owner = throttle.reserve("alice", "10.0.0.2");
        assertThat(owner.allowed()).isTrue();
        throttle.succeeded(owner);
        assertThat(throttle.reserve("bob", "10.0.0.1").allowed()).isTrue();

        clock.now = clock.now.plus(LoginThrottle.delay(10));
        LoginThrottle.Attempt right = throttle.reserve("alice", "10.0.0.1");
        assertThat(right.allowed()).isTrue();
        throttle.succeeded(right);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(guess(throttle, "alice", "10.0.0.1")).isTrue();
        }
    }

    @Test
    void aSuccessAmidABurstOfFailuresGivesTheBurstNoFreshAllowance() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        LoginThrottle.Attempt right = throttle.reserve("alice", "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            assertThat(guess(throttle, "alice", "10.0.0.1")).isTrue();
        }
        throttle.succeeded(right);
        assertThat(guess(throttle, "alice", "10.0.0.1")).isTrue();
        assertThat(throttle.reserve("alice", "10.0.0.1").allowed()).isFalse();
    }

    @Test
    void twentyFailuresFromOneAddressLockNoOtherAccountThere() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        for (int i = 0; i < 20; i++) {
            assertThat(guess(throttle, "user" + i, "203.0.113.9")).isTrue();
        }
        for (int i = 0; i < 20; i++) {
            guess(throttle, "admin", "203.0.113.9");
        }
        assertThat(throttle.reserve("someone-new", "203.0.113.9").allowed()).isTrue();
        assertThat(throttle.reserve("admin", "198.51.100.7").allowed()).isTrue();
        assertThat(throttle.reserve("admin", "203.0.113.9").allowed()).isFalse();
    }

    @Test
    void aSprayOfMadeUpNamesCannotFillTheMemoryButDelayedPairsStay() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 10; i++) {
            guess(throttle, "alice", "10.0.0.1");
        }
        for (int i = 0; i < LoginThrottle.SWEEP_ABOVE; i++) {
            guess(throttle, "made-up-" + i, "203.0.113.9");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        guess(throttle, "one-more", "203.0.113.9");
        assertThat(throttle.size()).isEqualTo(2);
        // Alice's pair kept its count: one more failure and the delay doubles
        assertThat(guess(throttle, "alice", "10.0.0.1")).isTrue();
        assertThat(throttle.reserve("alice", "10.0.0.1").retryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aCheckThatCouldNotBeMadeDoesNotCount() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        for (int i = 0; i < 20; i++) {
            throttle.abandoned(throttle.reserve("alice", "10.0.0.1"));
        }
        assertThat(throttle.reserve("alice", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void parallelGuessesGetNoMoreChecksThanOneAtATime() throws Exception {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        assertThat(checkedInParallel(throttle, 64)).isEqualTo(LoginThrottle.FREE_FAILURES);
        // once the delay has passed, parallel guesses get one check between them, not one each
        clock.now = clock.now.plus(LoginThrottle.MAX_DELAY);
        assertThat(checkedInParallel(throttle, 64)).isEqualTo(1);
    }

    @Test
    void parallelRequestsWithTheRightPasswordQueueAndAllGetIn() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        assertThat(checkedInParallel(throttle, 20, true)).isEqualTo(20);
        // and the pair is clean afterwards: guesses still get only the free checks
        assertThat(checkedInParallel(throttle, 20, false)).isEqualTo(LoginThrottle.FREE_FAILURES);
    }

    private static int checkedInParallel(LoginThrottle throttle, int threads) throws Exception {
        return checkedInParallel(throttle, threads, false);
    }

    /** Threads that reserve together, hold their attempt a little (a BCrypt check), then report the outcome. */
    private static int checkedInParallel(LoginThrottle throttle, int threads, boolean right) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger checked = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    LoginThrottle.Attempt attempt = throttle.reserve("alice", "10.0.0.1");
                    if (attempt.allowed()) {
                        checked.incrementAndGet();
                        Thread.sleep(50);
                        if (right) {
                            throttle.succeeded(attempt);
                        } else {
                            throttle.failed(attempt);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return checked.get();
    }
}
