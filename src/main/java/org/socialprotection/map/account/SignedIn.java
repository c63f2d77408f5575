package org.socialprotection.map.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a sign-in made here (form, HTTP Basic, API token): it remembers the account's id, so that every
 * later request of the session can look the account up again and apply a role change or a disabling at once.
 */
final class SignedIn extends User {

    private final long accountId;
    private final boolean mustChangePassword;
    private final String passwordStamp;

    SignedIn(Account account) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.accountId = account.getId();
        this.mustChangePassword = account.isMustChangePassword();
        this.passwordStamp = account.passwordStamp();
    }

    String passwordStamp() {
        return passwordStamp;
    }

    long accountId() {
        return accountId;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }
}
