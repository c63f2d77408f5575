package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: the first admin, hashed passwords, form and script sign-in, tokens and the throttle. */
@AtlasTest
@H2GisTest
@Transactional
class AccountTests {

    static final String GOOD = "a-long-enough-password";
    static final String CREATE = """
            {"title": "By script", "kind": "exclusion", "lon": "30.06", "lat": "-1.95", "placeType": "market",
             "privacy": "city"}""";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired Accounts repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoginThrottle throttle;

    @Test
    void theFirstStartMadeAnAdminWhoMustChooseAPassword() throws Exception {
        Account admin = repository.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'admin'", String.class))
                .startsWith("$2");
    }

    @Test
    void formSignInAndTheForcedPasswordChange() throws Exception {
        accounts.create("newcomer", GOOD, Role.RESEARCHER, true);
        var session = mvc.perform(post("/login").with(csrf()).param("username", "newcomer").param("password", GOOD))
                .andExpect(redirectedUrl("/workspace")).andReturn().getRequest().getSession();
        mvc.perform(get("/workspace").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session((org.springframework.mock.web.MockHttpSession) session)
                        .with(csrf()).param("current", GOOD).param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").session((org.springframework.mock.web.MockHttpSession) session)
                        .with(csrf()).param("current", GOOD).param("password", GOOD + "-2")
                        .param("confirmation", GOOD + "-2"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/workspace").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk());
    }

    @Test
    void scriptsWriteWithBasicOrATokenAndNeverWithout() throws Exception {
        accounts.create("script", GOOD, Role.RESEARCHER, false);
        mvc.perform(post("/api/observations").contentType(MediaType.APPLICATION_JSON).content(CREATE))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/observations").with(httpBasic("script", GOOD))
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isCreated());
        String token = accounts.createToken("script", "nightly import");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class,
                AccountService.hash(token))).isEqualTo(1);
        mvc.perform(post("/api/observations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isCreated());
        long id = accounts.tokensOf("script").get(0).id();
        accounts.revokeToken("script", id);
        mvc.perform(post("/api/observations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/observations").header("Authorization", "Bearer spm_made_up")
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isUnauthorized());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        accounts.create("target", GOOD, Role.RESEARCHER, false);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(post("/api/observations").with(httpBasic("target", "wrong-" + i))
                    .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/observations").with(httpBasic("target", GOOD))
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).param("username", "target").param("password", GOOD))
                .andExpect(redirectedUrl("/login?error"));
        throttle.succeeded("target");
    }

    @Test
    void adminsCreateReRoleAndDisableUsers() throws Exception {
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("ada").roles("ADMIN");
        mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", "reviewer").param("role", "EDITOR"))
                .andExpect(redirectedUrl("/admin/users"));
        Account created = repository.findByUsernameIgnoreCase("reviewer").orElseThrow();
        assertThat(created.isMustChangePassword()).isTrue();
        mvc.perform(post("/admin/users/" + created.getId()).with(admin).with(csrf()).param("role", "RESEARCHER"))
                .andExpect(redirectedUrl("/admin/users"));
        Account changed = repository.findById(created.getId()).orElseThrow();
        assertThat(changed.getRole()).isEqualTo(Role.RESEARCHER);
        assertThat(changed.isEnabled()).isFalse();
    }
}
