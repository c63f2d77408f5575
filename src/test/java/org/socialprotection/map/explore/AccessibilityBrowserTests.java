package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprotection.map.support.BrowserTest;

/** No serious or critical axe-core violation on the map, a country page and an observation page. */
class AccessibilityBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/countries/GHA", "/observations/1", "/schemes/1", "/briefs", "/?lang=fr",
            "/contribute?lang=fr"})
    void pagesHaveNoSeriousViolations(String path) throws Exception {
        open(path);
        waitFor("main");
        if (path.startsWith("/?") || path.equals("/")) {
            waitForAll(".spmap-cluster");
        }
        assertThat(seriousAccessibilityViolations()).as("axe-core on " + path).isEmpty();
    }
}
