package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.socialprotection.map.support.StoredSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Signing out from any page, and an admin giving a user who forgot their password a one-time password. */
@AtlasTest
@H2GisTest
@Transactional
class SignOutAndResetTests {

    static final String GOOD = "a-long-enough-password";

    @Autowired MockMvc mvc;
    @Autowired SessionRepository<?> sessions;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired Accounts repository;

    @Test
    void everyPageOffersSignOutWithCsrfAndSaysWhoIsSignedIn() throws Exception {
        for (String page : new String[] {"/", "/briefs", "/podcasts", "/coverage", "/search", "/collections", "/workspace"}) {
            mvc.perform(get(page).with(user("rosa").roles("RESEARCHER")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("<form class=\"sign-out\" method=\"post\" action=\"/logout\">"),
                            containsString("name=\"_csrf\""),
                            containsString("Signed in as rosa (Researcher)"))));
            mvc.perform(get(page).with(user("ed").roles("EDITOR")).header("Accept-Language", "fr"))
                    .andExpect(content().string(containsString("Session de ed (Éditeur")));
        }
        mvc.perform(get("/briefs")).andExpect(content().string(allOf(not(containsString("class=\"sign-out\"")),
                containsString("href=\"/login\""))));
    }

    @Test
    void signingOutFromAPublicPageEndsTheSession() throws Exception {
        accounts.create("leaving", GOOD, Role.RESEARCHER, false);
        Cookie session = StoredSession.of(mvc.perform(post("/login").with(csrf())
                        .with(r -> { r.setRemoteAddr("192.0.2.91"); return r; })
                        .param("username", "leaving").param("password", GOOD))
                .andExpect(redirectedUrl("/workspace")).andReturn());
        mvc.perform(get("/briefs").cookie(session)).andExpect(content().string(containsString("leaving")));
        // without the token the form carries, nothing happens
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/"));
        assertThat(StoredSession.exists(jdbc, session)).isFalse();
    }

    @Test
    void anAdminFindsTheResetOnTheUserListAndTheUserMustChooseAPasswordAtSignIn() throws Exception {
        long id = accounts.create("forgetful", GOOD, Role.RESEARCHER, false).getId();
        String list = mvc.perform(get("/admin/users").with(user("ada").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("action=\"/admin/users/" + id + "/password\"")
                .contains("aria-describedby=\"reset-hint\"").contains("id=\"reset-hint\"");

        var flash = mvc.perform(post("/admin/users/" + id + "/password").with(csrf())
                        .with(user("ada").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users")).andReturn().getFlashMap();
        String oneTime = (String) flash.get("oneTimePassword");
        assertThat(flash.get("reset")).isEqualTo("forgetful");
        assertThat(oneTime).isNotBlank().isNotEqualTo(GOOD);
        Cookie redirected = StoredSession.withFlash(sessions, flash);
        String shown = mvc.perform(get("/admin/users").with(user("ada").roles("ADMIN")).cookie(redirected))
                .andReturn().getResponse().getContentAsString();
        StoredSession.delete(jdbc, redirected);
        Matcher code = Pattern.compile("<code id=\"one-time-password\">([^<]+)</code>").matcher(shown);
        assertThat(code.find()).isTrue();
        assertThat(code.group(1)).isEqualTo(oneTime);

        // the old password no longer works; the one-time one leads straight to choosing a new password
        mvc.perform(post("/login").with(csrf()).with(r -> { r.setRemoteAddr("192.0.2.92"); return r; })
                .param("username", "forgetful").param("password", GOOD)).andExpect(redirectedUrl("/login?error"));
        Cookie session = StoredSession.of(mvc.perform(post("/login").with(csrf())
                        .with(r -> { r.setRemoteAddr("192.0.2.92"); return r; })
                        .param("username", "forgetful").param("password", oneTime))
                .andExpect(redirectedUrl("/workspace")).andReturn());
        mvc.perform(get("/workspace").cookie(session)).andExpect(redirectedUrl("/account/password"));
        assertThat(repository.findById(id).orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void onlyAnAdminResetsAPassword() throws Exception {
        long id = accounts.create("guarded", GOOD, Role.RESEARCHER, false).getId();
        mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(user("ed").roles("EDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/password").with(user("ada").roles("ADMIN")))
                .andExpect(status().isForbidden());
        assertThat(repository.findById(id).orElseThrow().isMustChangePassword()).isFalse();
    }
}
