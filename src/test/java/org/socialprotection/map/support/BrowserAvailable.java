package org.socialprotection.map.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests where Debian's Chromium and chromedriver are installed; skips them with a message
 * elsewhere, except where SPMAP_REQUIRE_BROWSER=true (CI), where their absence fails the build.
 */
class BrowserAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Path.of(BrowserTest.CHROMIUM)) && Files.isExecutable(Path.of(BrowserTest.CHROMEDRIVER))) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if ("true".equalsIgnoreCase(System.getenv("SPMAP_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("SPMAP_REQUIRE_BROWSER is set but " + BrowserTest.CHROMIUM + " or "
                    + BrowserTest.CHROMEDRIVER + " is missing");
        }
        return ConditionEvaluationResult.disabled("No browser: install chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver) to run the browser tests");
    }
}
