package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The policy's image sources follow the configured tile layer, and nothing else widens it. */
class ContentSecurityPolicyTests {

    @Test
    void withoutTilesImagesComeFromTheSiteOnly() {
        String policy = new SecurityHeaders("").policy("abc", false, false);
        assertThat(policy).contains("img-src 'self' data:;", "script-src 'self' 'nonce-abc';", "style-src 'self';",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "http");
    }

    @Test
    void onlySwaggerUiGetsInlineStylesAndNeverInlineScripts() {
        assertThat(new SecurityHeaders("").policy("n", false, true))
                .contains("script-src 'self' 'nonce-n';", "style-src 'self' 'unsafe-inline';");
    }

    @Test
    void aTileLayerAddsItsHost() {
        assertThat(new SecurityHeaders("https://tile.openstreetmap.org/{z}/{x}/{y}.png").policy("n", false, false))
                .contains("img-src 'self' data: https://tile.openstreetmap.org;");
        assertThat(new SecurityHeaders("https://{s}.tile.example.org:8443/{z}/{x}/{y}.png").policy("n", true, false))
                .contains("img-src 'self' data: https://*.tile.example.org:8443;", "frame-ancestors *");
    }

    @Test
    void tileHostsCspCannotNameFallBackToTheirScheme() {
        assertThat(SecurityHeaders.tileSource("//tiles.example.org/{z}/{x}/{y}.png")).isEqualTo("tiles.example.org");
        assertThat(SecurityHeaders.tileSource("https://tiles-{s}.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.example.org");
        assertThat(SecurityHeaders.tileSource("https://tiles.{s}.example.org/{z}/{x}/{y}.png")).isEqualTo("https:");
        assertThat(SecurityHeaders.tileSource("tiles/{z}/{x}/{y}.png")).isNull();
        assertThat(SecurityHeaders.tileSource("https://a.example.org; script-src *")).isEqualTo("https:");
    }
}
