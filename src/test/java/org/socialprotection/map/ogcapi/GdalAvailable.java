package org.socialprotection.map.ogcapi;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the GDAL client tests where GDAL's ogrinfo is on the PATH; skips them with a message elsewhere, except where
 * SPMAP_REQUIRE_GDAL=true (CI), where its absence fails the build.
 */
class GdalAvailable implements ExecutionCondition {

    static final String REQUIRED_VARIABLE = "SPMAP_REQUIRE_GDAL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "ogrinfo"))) {
                return ConditionEvaluationResult.enabled("GDAL found in " + dir);
            }
        }
        if ("true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
            throw new IllegalStateException(REQUIRED_VARIABLE + " is set but GDAL's ogrinfo is not on the PATH "
                    + "(apt-get install gdal-bin)");
        }
        return ConditionEvaluationResult.disabled("GDAL's ogrinfo is not on the PATH: the OGC API client tests are "
                + "skipped (apt-get install gdal-bin; set " + REQUIRED_VARIABLE + "=true to fail instead)");
    }
}
