package org.socialprotection.map.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic). Each attempt first reserves a check with the throttle, so parallel guesses
 * cannot outrun it. A disabled account answers exactly as a wrong password does, whether its password is right or
 * not, so the answer never tells whether an account exists or is disabled.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    /** The one answer to a wrong name, a wrong password and a disabled account. */
    static final String BAD_CREDENTIALS = "Wrong username or password";
    static final String CHANGE_PASSWORD_FIRST = "This account has a one-time password: sign in at /login and choose "
            + "a password of your own at " + PasswordChangeRequired.PAGE + " first";

    private final LoginThrottle throttle;
    private final boolean oneTimePasswordsAllowed;

    /**
     * @param oneTimePasswordsAllowed true for the sign-in form, which then sends the person to choose a password;
     *                                false for HTTP Basic, which has no page to send them to
     */
    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    boolean oneTimePasswordsAllowed) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.oneTimePasswordsAllowed = oneTimePasswordsAllowed;
        // Spring checks "enabled" before the password and says "User is disabled": check it after, and say nothing
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()) {
                throw new BadCredentialsException(BAD_CREDENTIALS);
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.reserve(username, address);
        if (!attempt.allowed()) {
            long seconds = Math.max(1, attempt.retryAfter().toSeconds());
            throw new Throttled("Too many failed sign-ins with this name from your address: try again in "
                    + (seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes"), seconds);
        }
        Authentication result;
        try {
            result = super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(attempt);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        } catch (RuntimeException | Error e) {
            // not an answer about the password (the database was unreachable, say): the attempt does not count
            throttle.abandoned(attempt);
            throw e;
        }
        throttle.succeeded(attempt);
        if (!oneTimePasswordsAllowed && result.getPrincipal() instanceof SignedIn user
                && user.mustChangePassword()) {
            throw new CredentialsExpiredException(CHANGE_PASSWORD_FIRST);
        }
        return result;
    }

    /** A sign-in refused by the throttle, with how long to wait: scripts get it as Retry-After. */
    static final class Throttled extends LockedException {

        private final long retryAfterSeconds;

        Throttled(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
