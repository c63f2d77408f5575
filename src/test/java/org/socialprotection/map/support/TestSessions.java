package org.socialprotection.map.support;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionIdGenerator;

/**
 * The sessions that the tests' application writes (a rendered form's CSRF token, a kept flash, a saved request) are
 * marked with this JVM's own prefix and deleted when the context closes. Spring Session writes them in transactions
 * of their own, which a test's rollback does not undo, and the PostGIS database is shared by every test class.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSessions {

    /** Eight hex digits, random per JVM: a session id is still a UUID's 36 characters. */
    static final String MARK = HexFormat.of().formatHex(SecureRandom.getSeed(4));

    @Bean
    SessionIdGenerator markedSessionIds() {
        return () -> MARK + UUID.randomUUID().toString().substring(8);
    }

    @Bean
    DisposableBean removeMarkedSessions(JdbcTemplate jdbc) {
        return () -> jdbc.update("DELETE FROM spring_session WHERE session_id LIKE ?", MARK + "-%");
    }
}
