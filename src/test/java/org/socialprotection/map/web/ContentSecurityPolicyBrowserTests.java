package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.socialprotection.map.support.BrowserTest;

/**
 * The policy in a real browser: the map's modules, import map and settings run under it, a script injected into
 * the page does not, and the refusal is a console error, which fails every other browser test.
 */
class ContentSecurityPolicyBrowserTests extends BrowserTest {

    @Test
    void theMapRunsAndAnInjectedScriptDoesNot() {
        open("/");
        waitFor(".leaflet-container");
        waitUntil(d -> observationsOnMap() > 0);
        script("const s = document.createElement('script'); s.textContent = 'window.injected = true';"
                + "document.head.appendChild(s);"
                + "const d = document.createElement('div');"
                + "d.innerHTML = '<img src=\"data:,\" onerror=\"window.injected = true\">';"
                + "document.body.appendChild(d);");
        // reading the log empties it: the refusals are read here, so the check after each test sees none
        List<LogEntry> refusals = new ArrayList<>();
        waitUntil(d -> {
            refusals.addAll(d.manage().logs().get(LogType.BROWSER).getAll());
            return refusals.stream().filter(e -> e.getMessage().contains("Content Security Policy")).count() >= 2;
        });
        assertThat(refusals).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.SEVERE));
        assertThat(script("return window.injected === true")).isEqualTo(false);
    }

    /** Swagger UI, the API's documentation, works under the same policy. */
    @Test
    void theApiDocumentationRuns() {
        open("/swagger-ui.html");
        assertThat(waitFor(".swagger-ui .info .title").getText()).contains("Social Protection Map API");
        waitFor(".swagger-ui .opblock");
    }
}
