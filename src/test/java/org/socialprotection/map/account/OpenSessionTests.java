package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.socialprotection.map.support.StoredSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's change reaches every open session and token at its next request: a demoted editor's session, token
 * and Basic sign-in can no longer publish; a disabled researcher's session ends and writes nothing, and their
 * token and password stop working.
 */
@AtlasTest
@H2GisTest
@Transactional
class OpenSessionTests {

    static final String GOOD = AccountTests.GOOD;
    static final String SOURCED = """
            {"title": "%s", "kind": "exclusion", "lon": "30.06", "lat": "-1.95", "placeType": "market",
             "privacy": "city", "sources": "Field notes | https://example.org/notes"}""";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired Accounts repository;
    @Autowired JdbcTemplate jdbc;

    long ritaId;
    long eddieId;

    @BeforeEach
    void people() {
        ritaId = accounts.create("rita-session", GOOD, Role.RESEARCHER, false).getId();
        eddieId = accounts.create("eddie-session", GOOD, Role.EDITOR, false).getId();
    }

    static RequestPostProcessor from(String address) {
        return AccountTests.from(address);
    }

    Cookie signIn(String username, String address) throws Exception {
        return StoredSession.of(mvc.perform(post("/login").with(csrf()).with(from(address))
                        .param("username", username).param("password", GOOD))
                .andExpect(redirectedUrl("/workspace")).andReturn());
    }

    /** A draft of Rita's, submitted for review, made through the API with her password. */
    long inReview(String title) throws Exception {
        String body = mvc.perform(post("/api/observations").with(httpBasic("rita-session", GOOD))
                        .with(from("192.0.2.70")).contentType(MediaType.APPLICATION_JSON)
                        .content(SOURCED.formatted(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/observations/" + id + "/submit").with(httpBasic("rita-session", GOOD))
                .with(from("192.0.2.70"))).andExpect(status().is2xxSuccessful());
        return id;
    }

    static ResultMatcher refused() {
        return result -> assertThat(result.getResponse().getStatus()).as("refused").isIn(403, 404);
    }

    @Test
    void aDemotedEditorCanNoLongerPublishBySessionTokenOrPassword() throws Exception {
        Cookie session = signIn("eddie-session", "192.0.2.71");
        String token = accounts.createToken("eddie-session", "publishing script");
        long before = inReview("Published before the demotion");
        mvc.perform(post("/workspace/observations/" + before + "/publish").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/workspace/observations/" + before + "/edit"));
        mvc.perform(get("/api/observations/" + before)).andExpect(status().isOk());

        accounts.update(eddieId, Role.RESEARCHER, true, "an-admin");

        long after = inReview("Not published after the demotion");
        // a researcher acting on another's record: refused, or not even shown to exist
        mvc.perform(post("/workspace/observations/" + after + "/publish").cookie(session).with(csrf()))
                .andExpect(refused());
        mvc.perform(get("/workspace/review").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/api/observations/" + after + "/publish").header("Authorization", "Bearer " + token))
                .andExpect(refused());
        mvc.perform(post("/api/observations/" + after + "/publish").with(httpBasic("eddie-session", GOOD))
                .with(from("192.0.2.71"))).andExpect(refused());
        mvc.perform(get("/api/observations/" + after)).andExpect(status().isNotFound());
        // the session goes on, as a researcher's
        mvc.perform(get("/workspace").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aDisabledResearchersSessionEndsAndWritesNothing() throws Exception {
        Cookie session = signIn("rita-session", "192.0.2.72");
        String token = accounts.createToken("rita-session", "nightly import");
        mvc.perform(get("/workspace").cookie(session)).andExpect(status().isOk());

        accounts.update(ritaId, Role.RESEARCHER, false, "an-admin");

        mvc.perform(post("/workspace/observations").cookie(session).with(csrf())
                        .param("title", "Written after the disabling").param("kind", "exclusion")
                        .param("lon", "30.06").param("lat", "-1.95").param("placeType", "market")
                        .param("privacy", "city").param("sources[0].title", "Field notes").param("sources[0].url", "https://example.org/notes"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        assertThat(StoredSession.exists(jdbc, session)).isFalse();
        mvc.perform(post("/api/observations").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(SOURCED.formatted("Written after the disabling")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/observations").with(httpBasic("rita-session", GOOD)).with(from("192.0.2.72"))
                        .contentType(MediaType.APPLICATION_JSON).content(SOURCED.formatted("Written after the disabling")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE title = ?", Integer.class,
                "Written after the disabling")).isZero();

        // enabling the account again does not bring the ended session back
        accounts.update(ritaId, Role.RESEARCHER, true, "an-admin");
        mvc.perform(get("/workspace").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aNewPasswordEndsTheAccountsOtherSessionsButNotTheOneThatChoseIt() throws Exception {
        Cookie laptop = signIn("rita-session", "192.0.2.73");
        Cookie stolen = signIn("rita-session", "198.51.100.9");
        mvc.perform(get("/workspace").cookie(stolen)).andExpect(status().isOk());
        mvc.perform(post("/account/password").cookie(laptop).with(csrf()).param("current", GOOD)
                        .param("password", "Quiet harbour lanterns 41").param("confirmation", "Quiet harbour lanterns 41"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/workspace").cookie(stolen)).andExpect(redirectedUrl("/login"));
        assertThat(StoredSession.exists(jdbc, stolen)).isFalse();
        mvc.perform(get("/workspace").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/workspace").cookie(laptop)).andExpect(status().isOk());

        // an admin's new one-time password ends the sessions too
        mvc.perform(post("/admin/users/" + ritaId + "/password").with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("ada").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/workspace").cookie(laptop)).andExpect(redirectedUrl("/login"));
    }
}
