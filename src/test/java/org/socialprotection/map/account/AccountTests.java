package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.socialprotection.map.support.StoredSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: the first admin, hashed passwords, form and script sign-in, tokens, the throttle, one-time passwords,
 * the password rules and the last admin. Each test signs in from addresses of its own, so that the throttle (one
 * for the whole context) never carries a test's failures into another.
 */
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
        var session = StoredSession.of(mvc.perform(post("/login").with(csrf()).param("username", "newcomer")
                        .param("password", GOOD)).andExpect(redirectedUrl("/workspace")).andReturn());
        mvc.perform(get("/workspace").cookie(session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session)
                        .with(csrf()).param("current", GOOD).param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").cookie(session)
                        .with(csrf()).param("current", GOOD).param("password", GOOD + "-2")
                        .param("confirmation", GOOD + "-2"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/workspace").cookie(session))
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

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String problemDetail(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$.detail");
    }

    ResultActions createWithBasic(String username, String password, String address) throws Exception {
        return mvc.perform(post("/api/observations").with(httpBasic(username, password)).with(from(address))
                .contentType(MediaType.APPLICATION_JSON).content(CREATE));
    }

    @Test
    void repeatedFailuresDelayTheNameFromThatAddressEvenForTheRightPassword() throws Exception {
        accounts.create("target", GOOD, Role.RESEARCHER, false);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            createWithBasic("target", "wrong-" + i, "192.0.2.10").andExpect(status().isUnauthorized());
        }
        MvcResult refused = createWithBasic("target", GOOD, "192.0.2.10").andExpect(status().isUnauthorized())
                .andReturn();
        assertThat(problemDetail(refused)).contains("Too many failed sign-ins").contains("try again in");
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
        var session = StoredSession.of(mvc.perform(post("/login").with(csrf()).with(from("192.0.2.10"))
                        .param("username", "target").param("password", GOOD))
                .andExpect(redirectedUrl("/login?error")).andReturn());
        mvc.perform(get("/login").param("error", "").cookie(session))
                .andExpect(content().string(containsString("Too many failed sign-ins with this name from your address")));
        // the owner elsewhere is not kept out
        createWithBasic("target", GOOD, "192.0.2.11").andExpect(status().isCreated());
    }

    @Test
    void twentyFailuresFromOneAddressKeepNoOtherAccountOut() throws Exception {
        accounts.create("ada-admin", GOOD, Role.ADMIN, false);
        accounts.create("neighbour", GOOD, Role.RESEARCHER, false);
        for (int i = 0; i < 20; i++) {
            createWithBasic("guess" + i, "wrong", "192.0.2.20").andExpect(status().isUnauthorized());
        }
        for (int i = 0; i < 20; i++) {
            createWithBasic("ada-admin", "wrong-" + i, "192.0.2.20").andExpect(status().isUnauthorized());
        }
        createWithBasic("neighbour", GOOD, "192.0.2.20").andExpect(status().isCreated());
        // the admin, with the right password, from another address
        createWithBasic("ada-admin", GOOD, "198.51.100.20").andExpect(status().isCreated());
        mvc.perform(post("/login").with(csrf()).with(from("198.51.100.20"))
                .param("username", "ada-admin").param("password", GOOD)).andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void aOneTimePasswordWorksNeitherOverBasicNorForTokens() throws Exception {
        accounts.create("fresh", GOOD, Role.RESEARCHER, true);
        MvcResult basic = createWithBasic("fresh", GOOD, "192.0.2.30").andExpect(status().isUnauthorized())
                .andReturn();
        assertThat(problemDetail(basic)).contains("one-time password").contains("/account/password");
        assertThatThrownBy(() -> accounts.createToken("fresh", "nightly"))
                .isInstanceOf(AccountService.AccountException.class).hasMessageContaining("/account/password");
        // the form session may do nothing but change the password, tokens included
        var session = StoredSession.of(mvc.perform(post("/login").with(csrf()).with(from("192.0.2.30"))
                        .param("username", "fresh").param("password", GOOD))
                .andExpect(redirectedUrl("/workspace")).andReturn());
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "nightly"))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(accounts.tokensOf("fresh")).isEmpty();

        accounts.changePassword("fresh", GOOD, GOOD + "-mine");
        createWithBasic("fresh", GOOD + "-mine", "192.0.2.30").andExpect(status().isCreated());
        String token = accounts.createToken("fresh", "nightly");
        mvc.perform(post("/api/observations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isCreated());

        // an admin's reset makes it a one-time password again: Basic and the old token wait for the change
        String oneTime = accounts.resetPassword(repository.findByUsernameIgnoreCase("fresh").orElseThrow().getId())
                .password();
        assertThat(problemDetail(createWithBasic("fresh", oneTime, "192.0.2.30")
                .andExpect(status().isUnauthorized()).andReturn())).contains("/account/password");
        MvcResult byToken = mvc.perform(post("/api/observations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(CREATE)).andExpect(status().isUnauthorized())
                .andReturn();
        assertThat(problemDetail(byToken)).contains("/account/password");
    }

    @Test
    void aDisabledAccountAnswersExactlyAsAWrongPassword() throws Exception {
        accounts.create("present", GOOD, Role.RESEARCHER, false);
        accounts.create("gone", GOOD, Role.RESEARCHER, false);
        accounts.update(repository.findByUsernameIgnoreCase("gone").orElseThrow().getId(), Role.RESEARCHER, false,
                "ada");
        String wrongPassword = createWithBasic("present", "not-it-at-all", "192.0.2.40")
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(wrongPassword).contains("Wrong username or password").doesNotContainIgnoringCase("disabled");
        for (String[] attempt : new String[][] {{"gone", "not-it-at-all"}, {"gone", GOOD}, {"nobody", GOOD}}) {
            MvcResult result = createWithBasic(attempt[0], attempt[1], "192.0.2.40")
                    .andExpect(status().isUnauthorized()).andReturn();
            assertThat(result.getResponse().getContentAsString()).as(attempt[0] + " / " + attempt[1])
                    .isEqualTo(wrongPassword);
        }
        for (String password : new String[] {"not-it-at-all", GOOD}) {
            var session = StoredSession.of(mvc.perform(post("/login").with(csrf()).with(from("192.0.2.41"))
                            .param("username", "gone").param("password", password))
                    .andExpect(redirectedUrl("/login?error")).andReturn());
            mvc.perform(get("/login").param("error", "").cookie(session))
                    .andExpect(content().string(containsString("Wrong username or password.")))
                    .andExpect(content().string(not(containsStringIgnoringCase("disabled"))));
        }
    }

    @Test
    void passwordsOverBcryptsLimitAreAClearErrorNeverA500() throws Exception {
        accounts.create("longer", GOOD, Role.RESEARCHER, false);
        String tooLong = "Ünïcödé passphrases are welcome, but this one is longer than BCrypt reads";
        assertThat(tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        var session = StoredSession.of(mvc.perform(post("/login").with(csrf()).with(from("192.0.2.50"))
                        .param("username", "longer").param("password", GOOD))
                .andExpect(redirectedUrl("/workspace")).andReturn());
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", GOOD)
                        .param("password", tooLong).param("confirmation", tooLong))
                .andExpect(status().isOk()).andExpect(content().string(containsString("at most 72 bytes")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", GOOD)
                        .param("password", "Password1234!").param("confirmation", "Password1234!"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("most common passwords")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", GOOD)
                        .param("password", " ".repeat(12)).param("confirmation", " ".repeat(12)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("only spaces")));
        // signing in with one is just a wrong password
        createWithBasic("longer", tooLong, "192.0.2.50").andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).with(from("192.0.2.50")).param("username", "longer")
                .param("password", tooLong)).andExpect(redirectedUrl("/login?error"));
        assertThatThrownBy(() -> accounts.create("longest", tooLong, Role.RESEARCHER, false))
                .hasMessageContaining("at most 72 bytes");
    }

    @Test
    void aWeakFirstAdminPasswordStopsTheStart() {
        Accounts none = Mockito.mock(Accounts.class);
        Mockito.when(none.count()).thenReturn(0L);
        for (String weak : new String[] {"password1234", " ".repeat(16), "the-boss-is-boss", "x".repeat(80)}) {
            AdminBootstrap bootstrap = new AdminBootstrap(none, accounts, new AdminSettings("boss", weak));
            assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SPMAP_ADMIN_PASSWORD is refused");
        }
        assertThat(repository.findByUsernameIgnoreCase("boss")).isEmpty();
        assertThatThrownBy(() -> new AdminBootstrap(none, accounts, new AdminSettings("", GOOD)).run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPMAP_ADMIN_USER is not");
        // a name alone: that admin, with a one-time password
        new AdminBootstrap(none, accounts, new AdminSettings("solo-admin", null)).run(null);
        Account solo = repository.findByUsernameIgnoreCase("solo-admin").orElseThrow();
        assertThat(solo.getRole()).isEqualTo(Role.ADMIN);
        assertThat(solo.isMustChangePassword()).isTrue();
    }

    @Test
    void theLastEnabledAdminCanNeitherBeDemotedNorDisabled() throws Exception {
        Account last = accounts.create("root-admin", GOOD, Role.ADMIN, false);
        repository.findAll().stream().filter(a -> a.getRole() == Role.ADMIN && !a.getId().equals(last.getId()))
                .forEach(a -> accounts.update(a.getId(), Role.EDITOR, true, "test"));
        var other = user("another-admin").roles("ADMIN");
        mvc.perform(post("/admin/users/" + last.getId()).with(other).with(csrf()).param("role", "EDITOR")
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("error", containsString("at least one enabled admin")));
        mvc.perform(post("/admin/users/" + last.getId()).with(other).with(csrf()).param("role", "ADMIN"))
                .andExpect(flash().attribute("error", containsString("at least one enabled admin")));
        var self = user(last.getUsername()).roles("ADMIN");
        mvc.perform(post("/admin/users/" + last.getId()).with(self).with(csrf()).param("role", "RESEARCHER")
                        .param("enabled", "true"))
                .andExpect(flash().attribute("error", containsString("at least one enabled admin")));
        mvc.perform(post("/admin/users/" + last.getId()).with(self).with(csrf()).param("role", "ADMIN"))
                .andExpect(flash().attribute("error", containsString("cannot disable your own account")));
        Account unchanged = repository.findById(last.getId()).orElseThrow();
        assertThat(unchanged.getRole()).isEqualTo(Role.ADMIN);
        assertThat(unchanged.isEnabled()).isTrue();

        // with a second admin, either may step down
        Account second = accounts.create("second-admin", GOOD, Role.ADMIN, false);
        mvc.perform(post("/admin/users/" + last.getId()).with(self).with(csrf()).param("role", "EDITOR")
                        .param("enabled", "true"))
                .andExpect(flash().attributeCount(0));
        assertThat(repository.findById(last.getId()).orElseThrow().getRole()).isEqualTo(Role.EDITOR);
        assertThatThrownBy(() -> accounts.update(second.getId(), Role.ADMIN, false, "someone"))
                .hasMessageContaining("at least one enabled admin");
    }

    @Test
    void adminsCreateReRoleAndDisableUsers() throws Exception {
        var admin = user("ada").roles("ADMIN");
        mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", "reviewer").param("role", "EDITOR"))
                .andExpect(redirectedUrl("/admin/users"));
        Account created = repository.findByUsernameIgnoreCase("reviewer").orElseThrow();
        assertThat(created.isMustChangePassword()).isTrue();
        mvc.perform(post("/admin/users/" + created.getId()).with(admin).with(csrf()).param("role", "RESEARCHER"))
                .andExpect(redirectedUrl("/admin/users"));
        Account changed = repository.findById(created.getId()).orElseThrow();
        assertThat(changed.getRole()).isEqualTo(Role.RESEARCHER);
        assertThat(changed.isEnabled()).isFalse();
        mvc.perform(post("/admin/users/" + created.getId() + "/password").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("reset", "reviewer"))
                .andExpect(flash().attribute("oneTimePassword", matchesPattern("[A-Za-z0-9_-]{24}")));
        assertThat(repository.findById(created.getId()).orElseThrow().isMustChangePassword()).isTrue();
    }
}
