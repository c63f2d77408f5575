package org.socialprotection.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its wiring is read: a PostGIS service, the app built by
 * the project's Dockerfile, and the app pointed at the database by environment variables.
 */
class DockerComposeTests {

    @SuppressWarnings("unchecked")
    @Test
    void composeWiresTheAppToPostgis() throws Exception {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("db", "app");

        Map<String, Object> db = (Map<String, Object>) services.get("db");
        assertThat((String) db.get("image")).startsWith("postgis/postgis:");
        Map<String, String> dbEnv = (Map<String, String>) db.get("environment");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, String> build = (Map<String, String>) app.get("build");
        assertThat(Path.of(build.getOrDefault("context", "."), build.get("dockerfile"))).exists();
        Map<String, String> env = (Map<String, String>) app.get("environment");
        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgis");
        assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://db:5432/" + dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("db");
        assertThat((List<String>) app.get("ports")).anyMatch(p -> p.endsWith(":8080"));
        // the build reads these folders (the pom packages data/ and frontend/ into the jar)
        String dockerfile = Files.readString(Path.of(build.getOrDefault("context", "."), build.get("dockerfile")));
        assertThat(dockerfile).contains("COPY src src", "COPY data data", "COPY frontend frontend");
    }
}
