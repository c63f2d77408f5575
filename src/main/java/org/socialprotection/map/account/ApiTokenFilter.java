package org.socialprotection.map.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a script that sends "Authorization: Bearer spm_..." with a personal API token. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(AccountService accounts, AuthenticationEntryPoint entryPoint) {
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var account = accounts.authenticateToken(header.substring(7).trim());
        if (account.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        if (account.get().isMustChangePassword()) {
            entryPoint.commence(request, response,
                    new CredentialsExpiredException(ThrottledAuthenticationProvider.CHANGE_PASSWORD_FIRST));
            return;
        }
        UserDetails user = AccountDetails.of(account.get());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        chain.doFilter(request, response);
    }
}
