package org.socialprotection.map.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a database test on PostgreSQL + PostGIS: the database named by TEST_POSTGIS_URL (CI), else a Testcontainers
 * PostGIS where Docker works. Without either it is skipped, except where SPMAP_REQUIRE_POSTGIS=true (CI): there it
 * fails, so that a green build always means the PostGIS tests ran.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgisDatabase.Available.class)
@ActiveProfiles("postgis")
@ContextConfiguration(initializers = PostgisDatabase.class)
public @interface PostgisTest {
}
