package org.socialprotection.map.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Where the PostGIS tests find their database. */
public final class PostgisDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URL_VARIABLE = "TEST_POSTGIS_URL";
    static final String REQUIRED_VARIABLE = "SPMAP_REQUIRE_POSTGIS";

    private static PostgreSQLContainer container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv(URL_VARIABLE);
        String user = env("TEST_POSTGIS_USER", "postgres");
        String password = env("TEST_POSTGIS_PASSWORD", "");
        if (url == null || url.isBlank()) {
            PostgreSQLContainer db = container();
            url = db.getJdbcUrl();
            user = db.getUsername();
            password = db.getPassword();
        }
        TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                "spring.datasource.password=" + password).applyTo(context);
    }

    private static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer(DockerImageName.parse("postgis/postgis:16-3.5")
                    .asCompatibleSubstituteFor("postgres"));
            container.start();
        }
        return container;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Enables the PostGIS tests where a database can be had; fails them where one is required and cannot. */
    public static final class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                return ConditionEvaluationResult.enabled("PostGIS at " + URL_VARIABLE);
            }
            if (dockerWorks()) {
                return ConditionEvaluationResult.enabled("PostGIS in a Testcontainers container");
            }
            if ("true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
                throw new IllegalStateException(REQUIRED_VARIABLE + " is set but neither " + URL_VARIABLE
                        + " nor a Docker engine is there: the PostGIS tests cannot run");
            }
            return ConditionEvaluationResult.disabled("No PostGIS: set " + URL_VARIABLE
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/spmap_test) or run a Docker engine");
        }

        private static boolean dockerWorks() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
