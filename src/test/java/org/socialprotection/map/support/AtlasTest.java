package org.socialprotection.map.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with MockMvc, on the database its subclass names ({@link H2GisTest} or {@link PostgisTest}).
 * Every database test uses this same configuration so that Spring caches one context per database. Media files
 * (the demo atlas's audio, uploads) go to target/, never to the developer's var/; sessions it writes are removed at
 * the end ({@link TestSessions}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSessions.class)
@TestPropertySource(properties = "spmap.media.location=target/test-media")
public @interface AtlasTest {
}
