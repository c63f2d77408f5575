package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two admins demoting each other at the same moment, each in a transaction of its own: one wins, and the atlas
 * keeps an enabled admin. Not transactional (the two must commit), so it sets aside the other admins for the test
 * and puts everything back afterwards.
 */
@AtlasTest
abstract class LastAdminTests {

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    List<Long> setAside;
    long a;
    long b;

    @BeforeEach
    void twoAdminsOnly() {
        setAside = jdbc.queryForList("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE", Long.class);
        setAside.forEach(id -> jdbc.update("UPDATE app_user SET role = 'EDITOR' WHERE id = ?", id));
        a = accounts.create("race-admin-a", AccountTests.GOOD, Role.ADMIN, false).getId();
        b = accounts.create("race-admin-b", AccountTests.GOOD, Role.ADMIN, false).getId();
    }

    @AfterEach
    void putBack() {
        jdbc.update("DELETE FROM app_user WHERE username IN ('race-admin-a', 'race-admin-b')");
        setAside.forEach(id -> jdbc.update("UPDATE app_user SET role = 'ADMIN' WHERE id = ?", id));
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                jdbc.update("UPDATE app_user SET role = 'ADMIN', enabled = TRUE WHERE id IN (?, ?)", a, b);
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> aDemotesB = pool.submit(() -> demote(start, b, "race-admin-a"));
                Future<Boolean> bDisablesA = pool.submit(() -> {
                    start.await();
                    try {
                        accounts.update(a, Role.ADMIN, false, "race-admin-b");
                        return true;
                    } catch (AccountService.AccountException e) {
                        return false;
                    }
                });
                start.countDown();
                int succeeded = (aDemotesB.get(30, TimeUnit.SECONDS) ? 1 : 0)
                        + (bDisablesA.get(30, TimeUnit.SECONDS) ? 1 : 0);
                assertThat(succeeded).as("round " + round).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE",
                        Integer.class)).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Boolean demote(CountDownLatch start, long id, String actor) throws InterruptedException {
        start.await();
        try {
            accounts.update(id, Role.EDITOR, true, actor);
            return true;
        } catch (AccountService.AccountException e) {
            return false;
        }
    }
}
