package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
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
        assertThat(doc).contains("\"name\":\"bbox\"").contains("\"example\":\"-0.5,5.3,0.2,5.8\"");
    }
}
