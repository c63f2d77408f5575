package org.socialprotection.map.contribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The hourly allowances per address and in all, and the signed time-to-fill stamp, on a clock the test moves. */
class SubmissionThrottleTests {

    static final ContributeSettings SETTINGS = new ContributeSettings(3, 5, Duration.ofSeconds(4),
            Duration.ofHours(24), Duration.ofDays(180), "a test secret");

    /** A clock that moves only when told. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anAddressGetsItsAllowanceBackAnHourAfterItsOldestAttempt() {
        Moving clock = new Moving();
        SubmissionThrottle throttle = new SubmissionThrottle(SETTINGS, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.attempt("192.0.2.1")).isEmpty();
            clock.now = clock.now.plus(Duration.ofMinutes(10));
        }
        // the oldest was 30 minutes ago: 30 minutes to wait, and the refusal does not push it back
        assertThat(throttle.attempt("192.0.2.1")).contains(Duration.ofMinutes(30));
        assertThat(throttle.attempt("192.0.2.1")).contains(Duration.ofMinutes(30));
        assertThat(throttle.attempt("192.0.2.2")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(30)).plusSeconds(1);
        assertThat(throttle.attempt("192.0.2.1")).isEmpty();
    }

    @Test
    void manyAddressesTogetherAreLimitedToo() {
        Moving clock = new Moving();
        SubmissionThrottle throttle = new SubmissionThrottle(SETTINGS, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("198.51.100." + i)).isEmpty();
        }
        assertThat(throttle.attempt("198.51.100.99")).contains(Duration.ofHours(1));
        clock.now = clock.now.plus(Duration.ofHours(1)).plusSeconds(1);
        assertThat(throttle.attempt("198.51.100.99")).isEmpty();
    }

    @Test
    void theStampTellsAPersonFromAScriptAndAForgery() {
        Moving clock = new Moving();
        FillTimer timer = new FillTimer(SETTINGS, clock);
        String stamp = timer.stamp();
        assertThat(timer.check(stamp)).isEqualTo(FillTimer.Verdict.TOO_FAST);
        clock.now = clock.now.plusSeconds(5);
        assertThat(timer.check(stamp)).isEqualTo(FillTimer.Verdict.OK);
        clock.now = clock.now.plus(Duration.ofHours(25));
        assertThat(timer.check(stamp)).isEqualTo(FillTimer.Verdict.EXPIRED);
        // an earlier time with the signature of another: refused, as is a stamp from another key
        String earlier = (Long.parseLong(stamp.substring(0, stamp.indexOf('.'))) - 60_000) + stamp.substring(
                stamp.indexOf('.'));
        assertThat(timer.check(earlier)).isEqualTo(FillTimer.Verdict.INVALID);
        FillTimer other = new FillTimer(new ContributeSettings(3, 5, Duration.ofSeconds(4), Duration.ofHours(24),
                Duration.ofDays(180), "another secret"), clock);
        assertThat(timer.check(other.stampAt(clock.now.minusSeconds(60)))).isEqualTo(FillTimer.Verdict.INVALID);
        assertThat(timer.check(null)).isEqualTo(FillTimer.Verdict.INVALID);
        assertThat(timer.check("not a stamp")).isEqualTo(FillTimer.Verdict.INVALID);
    }
}
