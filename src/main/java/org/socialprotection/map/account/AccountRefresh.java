package org.socialprotection.map.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session keeps the rights its account has now, not those it had at sign-in: on every request of a signed-in
 * session the account is read again (one lookup by id). A disabled or deleted account's session ends there; a
 * changed role replaces the session's authorities before any access rule is checked. A new password (chosen, or a
 * one-time password an admin gave) ends every session signed in with the old one, except the session that chose it.
 */
class AccountRefresh extends OncePerRequestFilter {

    /** The session attribute that names the password this session itself chose. */
    static final String PASSWORD_CHOSEN_HERE = AccountRefresh.class.getName() + ".passwordChosenHere";

    private final Accounts accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountRefresh(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedIn signedIn) {
            Optional<Account> account = accounts.findById(signedIn.accountId());
            HttpSession current = request.getSession(false);
            String stamp = account.map(Account::passwordStamp).orElse("");
            boolean newPassword = !stamp.equals(signedIn.passwordStamp());
            boolean chosenHere = current != null && stamp.equals(current.getAttribute(PASSWORD_CHOSEN_HERE));
            if (account.isEmpty() || !account.get().isEnabled() || (newPassword && !chosenHere)) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!roles(auth).equals(Set.of(account.get().getRole().authority()))
                    || signedIn.mustChangePassword() != account.get().isMustChangePassword() || newPassword) {
                SignedIn fresh = AccountDetails.of(account.get());
                fresh.eraseCredentials();
                // the new role, and whatever else the sign-in granted (Spring's factor authorities)
                List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
                auth.getAuthorities().stream().filter(a -> !isRole(a)).forEach(authorities::add);
                var refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities);
                refreshed.setDetails(auth.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(refreshed);
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().filter(AccountRefresh::isRole).map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    private static boolean isRole(GrantedAuthority authority) {
        return authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_");
    }
}
