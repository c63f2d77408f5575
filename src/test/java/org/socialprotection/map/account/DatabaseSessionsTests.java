package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.StoredSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A signed-in session lives in the database (Spring Session JDBC), not in the node's memory: that is what lets a
 * second app node see it (TwoNodesPostgisTests). Sessions are written in transactions of their own, so this test
 * commits and removes what it committed.
 */
@AtlasTest
abstract class DatabaseSessionsTests {

    private static final String NAME = "stored-session";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void account() {
        cleanUp();
        accounts.create(NAME, AccountTests.GOOD, Role.RESEARCHER, false);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", NAME);
        jdbc.update("DELETE FROM app_user WHERE username = ?", NAME);
    }

    @Test
    void aSignedInSessionIsARowOfTheDatabaseAndEndsWithIt() throws Exception {
        Cookie session = StoredSession.of(mvc.perform(post("/login").with(csrf())
                        .with(r -> { r.setRemoteAddr("192.0.2.93"); return r; })
                        .param("username", NAME).param("password", AccountTests.GOOD))
                .andExpect(redirectedUrl("/workspace")).andReturn());
        assertThat(StoredSession.exists(jdbc, session)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session s JOIN spring_session_attributes a"
                + " ON a.session_primary_id = s.primary_id WHERE s.principal_name = ?"
                + " AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'", Integer.class, NAME)).isEqualTo(1);
        mvc.perform(get("/workspace").cookie(session)).andExpect(status().isOk());

        // the row is the session: deleted there (another node signing it out), it is gone here too
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", NAME);
        MvcResult signedOut = mvc.perform(get("/workspace").cookie(session)).andExpect(redirectedUrl("/login"))
                .andReturn();
        // the page asked for is kept for after the sign-in, in a new session: removed too
        StoredSession.delete(jdbc, StoredSession.of(signedOut));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE session_id IN (?, ?)", Integer.class,
                StoredSession.id(session), StoredSession.id(StoredSession.of(signedOut)))).isZero();
    }
}
