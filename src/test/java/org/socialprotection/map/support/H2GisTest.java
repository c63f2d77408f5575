package org.socialprotection.map.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** Runs a database test on the embedded default: H2GIS, in memory, loaded with the atlas as at first start. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:spmap-test;DB_CLOSE_DELAY=-1")
public @interface H2GisTest {
}
