package org.socialprotection.map.account;

import org.socialprotection.map.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may do what. Reading is public; every write needs a role. The JSON API is stateless (HTTP Basic or a personal
 * token, never a form session, so it needs no CSRF token); pages use form login with CSRF on every form.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("EDITOR")
                .role("EDITOR").implies("RESEARCHER")
                .build();
    }

    /** HTTP Basic: no page to send a one-time password to, so it is refused. */
    private static AuthenticationManager scriptSignIn(AccountDetails users, PasswordEncoder encoder,
                                                      LoginThrottle throttle) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle, false));
    }

    /** The sign-in form: a one-time password signs in, and {@link PasswordChangeRequired} asks for a new one. */
    private static AuthenticationManager formSignIn(AccountDetails users, PasswordEncoder encoder,
                                                    LoginThrottle throttle) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle, true));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountService accounts, AccountDetails users, PasswordEncoder encoder,
                            LoginThrottle throttle, SecurityHeaders headers) throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        // working translations are drafts: read like the workspace page, with a role
                        .requestMatchers(HttpMethod.GET, "/api/*/*/translations").hasRole("RESEARCHER")
                        .requestMatchers(HttpMethod.HEAD, "/api/*/*/translations").hasRole("RESEARCHER")
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        // moderated submissions from anyone: the contribute feature limits them per address
                        .requestMatchers(HttpMethod.POST, "/api/submissions").permitAll()
                        .anyRequest().hasRole("RESEARCHER"))
                .authenticationManager(scriptSignIn(users, encoder, throttle))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenFilter(accounts, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(headers::configure)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, AccountDetails users, PasswordEncoder encoder,
                              LoginThrottle throttle, SecurityHeaders headers) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/workspace/review/**").hasRole("EDITOR")
                        .requestMatchers("/workspace/**", "/account/**").hasRole("RESEARCHER")
                        .anyRequest().permitAll())
                .authenticationManager(formSignIn(users, encoder, throttle))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/workspace").permitAll()
                        .failureHandler(ProblemResponses.signInFailed("/login?error")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
                // first the account's rights as they are now, then the forced password change
                .addFilterBefore(new AccountRefresh(accounts), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequired(accounts), AnonymousAuthenticationFilter.class)
                .headers(headers::configure);
        return http.build();
    }
}
