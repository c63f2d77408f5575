package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document lists every route of the JSON API, as the application maps them. */
@AtlasTest
@H2GisTest
class ApiDocsTests {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteIsDocumented() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(doc, "$.paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<String, Object>) operations).keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m ->
                        mapped.add(m.name() + " " + p.replaceAll("\\{(\\w+):[^}]*}", "{$1}")))));
        assertThat(mapped).isNotEmpty();
        assertThat(documented).containsAll(mapped);
        assertThat(doc).contains("\"name\":\"bbox\"").contains("\"example\":\"-0.5,5.3,0.2,5.8\"")
                .contains("\"name\":\"groupMatch\"").contains("\"name\":\"place\"");
    }

    /** A script's author starts from an example: every parameter and every JSON request body has one. */
    @Test
    @SuppressWarnings("unchecked")
    void everyParameterAndJsonBodyHasAnExample() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
        Set<String> missing = new TreeSet<>();
        int examples = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                String route = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                for (Map<String, Object> parameter : (List<Map<String, Object>>) op.getOrDefault("parameters",
                        List.of())) {
                    if (parameter.get("example") == null) {
                        missing.add(route + " parameter " + parameter.get("name"));
                    } else {
                        examples++;
                    }
                }
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                Map<String, Object> json = body == null ? null
                        : (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
                if (json != null) {
                    if (json.get("example") == null) {
                        missing.add(route + " JSON body");
                    } else {
                        examples++;
                    }
                }
            }
        }
        assertThat(missing).as("parameters and bodies without an example").isEmpty();
        assertThat(examples).isGreaterThan(60);
        assertThat((Object) JsonPath.read(doc, "$.paths['/api/observations'].post.requestBody.content"
                + "['application/json'].example.kind")).isEqualTo("inclusion");
        assertThat((Object) JsonPath.read(doc, "$.paths['/api/imports/jobs/{id}'].get.responses['200'].content"
                + "['*/*'].example.state")).isEqualTo("RUNNING");
    }
}
