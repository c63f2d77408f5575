package org.socialprotection.map.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Someone signed in with a one-time password goes to the password page before anything else of the workspace. */
class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PAGE = "/account/password";

    private final Accounts accounts;

    PasswordChangeRequired(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean guarded = path.startsWith("/workspace") || path.startsWith("/admin") || path.startsWith("/account");
        if (auth != null && auth.isAuthenticated() && guarded && !path.equals(PAGE)
                && accounts.findByUsernameIgnoreCase(auth.getName()).map(Account::isMustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
