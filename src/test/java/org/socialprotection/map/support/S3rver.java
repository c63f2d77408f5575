package org.socialprotection.map.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real S3-compatible server for the S3 media store's tests: s3rver (npm, version pinned in src/test/s3rver),
 * started once per test JVM on a free port of 127.0.0.1 with one bucket, {@link #BUCKET}, its objects in
 * target/s3rver. It can be stopped and started again on the same port and folder, to play an outage. It ends with
 * the JVM: its standard input closing stops it.
 */
public final class S3rver {

    public static final String BUCKET = "spmap-test";
    /** s3rver's own account: it checks the key id, not the signature. */
    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";

    static final Path HOME = Path.of("src/test/s3rver");
    private static final Pattern LISTENING = Pattern.compile("s3rver listening on (\\d+)");
    private static S3rver shared;

    private final Path directory = Path.of("target/s3rver").toAbsolutePath();
    private int port;
    private Process process;

    private S3rver() {
    }

    /** The server every S3 test shares, started at the first call. */
    public static synchronized S3rver shared() {
        if (shared == null) {
            shared = new S3rver();
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public synchronized String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server, on the port it had before if it ran already. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path log = Path.of("target/s3rver.log").toAbsolutePath();
            process = new ProcessBuilder("node", "start.js", directory.toString(), BUCKET, String.valueOf(port))
                    .directory(HOME.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
            Matcher m = line == null ? null : LISTENING.matcher(line);
            if (m == null || !m.find()) {
                process.destroyForcibly();
                throw new IllegalStateException("s3rver did not start (said '" + line + "'; see " + log + ")");
            }
            port = Integer.parseInt(m.group(1));
        } catch (Exception e) {
            throw new IllegalStateException("s3rver did not start: " + e, e);
        }
    }

    /** Stops the server and waits until its port is closed. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
        process = null;
    }

    /**
     * Runs the S3 tests where Node.js is installed, with the pinned s3rver (installed by npm at the first S3 test);
     * skips them with the reason elsewhere, except where SPMAP_REQUIRE_S3=true (CI): there their absence fails the build.
     */
    public static final class Available implements ExecutionCondition {

        static final String REQUIRED_VARIABLE = "SPMAP_REQUIRE_S3";

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = null;
            if (!onPath("node")) {
                missing = "Node.js (node) is not on the PATH";
            } else if (!installed()) {
                missing = "s3rver is not installed and npm could not install it (npm ci --prefix src/test/s3rver)";
            }
            if (missing == null) {
                return ConditionEvaluationResult.enabled("s3rver in " + HOME);
            }
            if ("true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
                throw new IllegalStateException(REQUIRED_VARIABLE + " is set but " + missing);
            }
            return ConditionEvaluationResult.disabled(missing + ": the S3 media store tests are skipped (set "
                    + REQUIRED_VARIABLE + "=true to fail instead)");
        }

        /**
         * Whether the pinned s3rver is in place, installing it once per JVM with npm as the front end's tests use
         * node: `./mvnw verify` needs no step of its own for it.
         */
        private static synchronized boolean installed() {
            if (Files.isDirectory(HOME.resolve("node_modules/s3rver"))) {
                return true;
            }
            if (triedInstall || !onPath("npm")) {
                return false;
            }
            triedInstall = true;
            try {
                Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                        .directory(HOME.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/s3rver-npm.log").toFile()))
                        .start();
                if (!npm.waitFor(5, TimeUnit.MINUTES)) {
                    npm.destroyForcibly();
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return Files.isDirectory(HOME.resolve("node_modules/s3rver"));
        }

        private static boolean triedInstall;

        private static boolean onPath(String command) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isBlank() && Files.isExecutable(Path.of(dir, command))) {
                    return true;
                }
            }
            return false;
        }
    }
}
