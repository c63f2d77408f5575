package org.socialprotection.map.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of an account. */
@Service
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;

    AccountDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        return of(account);
    }

    static UserDetails of(Account account) {
        return User.withUsername(account.getUsername()).password(account.getPasswordHash())
                .authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
                .disabled(!account.isEnabled()).build();
    }
}
