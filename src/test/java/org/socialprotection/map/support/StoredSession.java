package org.socialprotection.map.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A browser's session as the app keeps it: in the database (Spring Session JDBC), named by the SESSION cookie.
 * MockMvc's own MockHttpSession is not the one the app uses, so a test carries the cookie from one request to the next.
 */
public final class StoredSession {

    public static final String COOKIE = "SESSION";
    /** Where Spring MVC's SessionFlashMapManager keeps the flash attributes in a session. */
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    private StoredSession() {
    }

    /** The session cookie the response set: a sign-in always sets one (the session's id changes at sign-in). */
    public static Cookie of(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(COOKIE);
        assertThat(cookie).as("the response sets a " + COOKIE + " cookie").isNotNull();
        return cookie;
    }

    /**
     * A session in the database that holds these flash attributes for its next request, as a redirect after a form
     * leaves them: MockMvc's {@code flashAttrs} puts them in its MockHttpSession, which the app does not read.
     * {@link #delete} it when done: sessions are written in transactions of their own, never rolled back.
     */
    public static <S extends Session> Cookie withFlash(SessionRepository<S> sessions, Map<String, ?> attributes) {
        FlashMap flash = new FlashMap();
        flash.putAll(attributes);
        S session = sessions.createSession();
        session.setAttribute(FLASH_MAPS, new ArrayList<>(List.of(flash)));
        sessions.save(session);
        return new Cookie(COOKIE, Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
    }

    /** Removes the session this cookie names from the database. */
    public static void delete(JdbcTemplate jdbc, Cookie cookie) {
        jdbc.update("DELETE FROM spring_session WHERE session_id = ?", id(cookie));
    }

    /** The id of the session the cookie names, as the database's session_id column holds it. */
    public static String id(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    /** Whether the database still holds the session this cookie names (the cookie carries its id in Base64). */
    public static boolean exists(JdbcTemplate jdbc, Cookie cookie) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE session_id = ?", Integer.class,
                id(cookie));
        return rows != null && rows > 0;
    }
}
