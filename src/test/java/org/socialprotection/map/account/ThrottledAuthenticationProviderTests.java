package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

class ThrottledAuthenticationProviderTests {

    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    /** Counts every password the provider checks. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return BCRYPT.matches(raw, encoded);
        }
    }

    static Account account(String name, String password, boolean enabled, boolean mustChange) {
        Account account = new Account(name, BCRYPT.encode(password), Role.RESEARCHER, mustChange);
        account.setEnabled(enabled);
        ReflectionTestUtils.setField(account, "id", 7L);
        return account;
    }

    static ThrottledAuthenticationProvider provider(Account account, CountingEncoder encoder, boolean form) {
        return new ThrottledAuthenticationProvider(name -> {
            if (!account.getUsername().equals(name)) {
                throw new UsernameNotFoundException("no account");
            }
            return AccountDetails.of(account);
        }, encoder, new LoginThrottle(), form);
    }

    static String failure(ThrottledAuthenticationProvider provider, String name, String password) {
        try {
            provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
            return "signed in";
        } catch (AuthenticationException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void parallelGuessesAreCheckedNoMoreThanTheThrottleAllows() throws Exception {
        CountingEncoder encoder = new CountingEncoder();
        ThrottledAuthenticationProvider provider = provider(account("alice", "the right one, at last", true, false),
                encoder, false);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                String password = i == 29 ? "the right one, at last" : "guess " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return failure(provider, "alice", password);
                }));
            }
            start.countDown();
            int locked = 0;
            int wrong = 0;
            for (Future<String> result : results) {
                String outcome = result.get(60, TimeUnit.SECONDS);
                locked += outcome.startsWith("Throttled") ? 1 : 0;
                wrong += outcome.startsWith("BadCredentialsException") ? 1 : 0;
            }
            // five guesses at most; the right password, if it got its turn, is checked besides
            assertThat(wrong).isLessThanOrEqualTo(LoginThrottle.FREE_FAILURES);
            assertThat(encoder.checks.get()).isEqualTo(30 - locked).isLessThanOrEqualTo(LoginThrottle.FREE_FAILURES + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDisabledAccountFailsLikeAWrongPasswordWithTheRightOneToo() {
        ThrottledAuthenticationProvider provider = provider(account("dora", "the right one, at last", false, false),
                new CountingEncoder(), true);
        String wrong = "BadCredentialsException: " + ThrottledAuthenticationProvider.BAD_CREDENTIALS;
        assertThat(failure(provider, "dora", "not it")).isEqualTo(wrong);
        assertThat(failure(provider, "dora", "the right one, at last")).isEqualTo(wrong);
        assertThat(failure(provider, "nobody", "the right one, at last")).isEqualTo(wrong);
    }

    @Test
    void anAttemptThatCouldNotBeCheckedDoesNotCount() {
        LoginThrottle throttle = new LoginThrottle();
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(name -> {
            throw new InternalAuthenticationServiceException("the database is unreachable");
        }, new CountingEncoder(), throttle, true);
        for (int i = 0; i < 2 * LoginThrottle.FREE_FAILURES; i++) {
            assertThat(failure(provider, "alice", "the right one, at last"))
                    .startsWith("InternalAuthenticationServiceException");
        }
        assertThat(throttle.reserve("alice", null).allowed()).isTrue();
    }

    @Test
    void aOneTimePasswordSignsInOnTheFormOnly() {
        Account fresh = account("fred", "one time only, please", true, true);
        assertThat(failure(provider(fresh, new CountingEncoder(), true), "fred", "one time only, please"))
                .isEqualTo("signed in");
        ThrottledAuthenticationProvider scripts = provider(fresh, new CountingEncoder(), false);
        assertThatThrownBy(() -> scripts.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("fred", "one time only, please")))
                .isInstanceOf(CredentialsExpiredException.class).hasMessageContaining("/account/password");
        assertThatThrownBy(() -> scripts.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("fred", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
