package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Thirty HTTP Basic requests at once, 29 with wrong passwords and one with the right one, through the whole filter
 * chain: no more passwords are checked than the throttle allows one name from one address. Not transactional: the
 * requests run on threads of their own, which must see the account, so it is committed and removed afterwards.
 */
@AtlasTest
@H2GisTest
class ParallelSignInTests {

    static final String NAME = "parallel-target";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", NAME);
    }

    @Test
    void thirtyParallelGuessesGetAtMostTheAllowedPasswordChecks() throws Exception {
        accounts.create(NAME, AccountTests.GOOD, Role.RESEARCHER, false);
        int requests = 30;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String password = i == requests / 2 ? AccountTests.GOOD : "wrong-guess-" + i;
                responses.add(pool.submit(() -> {
                    start.await();
                    // an empty body: a signed-in request is refused as invalid after the check, and stores nothing
                    return mvc.perform(post("/api/observations").with(httpBasic(NAME, password))
                            .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
                }));
            }
            start.countDown();
            int wrong = 0;
            int right = 0;
            int throttled = 0;
            for (Future<MockHttpServletResponse> future : responses) {
                MockHttpServletResponse response = future.get(120, TimeUnit.SECONDS);
                String body = response.getContentAsString();
                if (response.getStatus() == 401 && body.contains(ThrottledAuthenticationProvider.BAD_CREDENTIALS)) {
                    wrong++;
                } else if (response.getStatus() == 401 && body.contains("Too many failed sign-ins")) {
                    throttled++;
                } else {
                    assertThat(response.getStatus()).as(body).isIn(400, 422);
                    right++;
                }
            }
            // five guesses at most; the right password, if it got its turn, is checked besides
            assertThat(wrong).as("wrong passwords checked").isLessThanOrEqualTo(LoginThrottle.FREE_FAILURES);
            assertThat(wrong + right).as("passwords checked").isLessThanOrEqualTo(LoginThrottle.FREE_FAILURES + 1);
            assertThat(wrong + right + throttled).isEqualTo(requests);
        } finally {
            pool.shutdownNow();
        }
    }
}
