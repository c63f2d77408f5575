package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void locksAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.wait("Alice", "10.0.0.1")).isZero();
            throttle.failed("alice", "10.0.0.1");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(throttle.wait("ALICE", "10.0.0.2")).isPositive();
        assertThat(throttle.wait("bob", "10.0.0.1")).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(throttle.wait("alice", "10.0.0.2")).isZero();
    }

    @Test
    void anAddressTryingManyAccountsIsLockedToo() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertThat(throttle.wait("someone-new", "203.0.113.9")).isPositive();
        assertThat(throttle.wait("someone-new", "203.0.113.10")).isZero();
    }
}
