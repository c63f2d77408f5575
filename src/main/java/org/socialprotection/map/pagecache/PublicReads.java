package org.socialprotection.map.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** What the two filters ask of a request: is it a read of one of their routes, by whom, in which language. */
final class PublicReads {

    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    private PublicReads() {
    }

    static List<PathPattern> patterns(List<String> paths) {
        return paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    static boolean matches(List<PathPattern> patterns, HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return patterns.stream().anyMatch(p -> p.matches(path));
    }

    /**
     * Whether every anonymous reader of this address would get the same answer: not signed in, and not inside a
     * transaction (a test's, whose uncommitted rows no one else may see).
     */
    static boolean anonymous() {
        return !TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())
                && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** The language the answer will be written in, as the route's own resolution decides it. */
    static String language(HttpServletRequest request, LocaleResolver locales) {
        String lang = request.getParameter("lang");
        return Language.of(lang == null ? "" : lang)
                .orElseGet(() -> Language.bestFor(List.of(locales.resolveLocale(request)))).code();
    }
}
