package org.socialprotection.map.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, wherever one is set (a new account, the first admin, a change): long enough, not blank,
 * not a common or breached password (the list in resources/passwords/, see its README) nor one with digits or
 * symbols stuck on, not a run or repetition, and not containing the username. Compared without regard to case.
 * <p>
 * At most {@value #MAX_BYTES} bytes in UTF-8, because BCrypt reads no further: a longer password is refused with
 * that reason rather than silently cut (or, as Spring's encoder does, failing). 72 bytes is a sentence of a dozen
 * words; pre-hashing would allow more but would make the stored hashes depend on a scheme of our own.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final String LIST = "passwords/common-passwords.txt";
    private static final String[] RUNS = {"0123456789012345678901234567890", "9876543210987654321098765432109",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcba",
            "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbnazertyuiopqsdfghjklmwxcvbn"};

    private PasswordPolicy() {
    }

    private static final class Common {
        static final Set<String> PASSWORDS = load();
    }

    /** Throws an {@link AccountService.AccountException} on the field "password" saying what is wrong. */
    static void check(String password, String username) {
        if (password == null || password.codePoints().allMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c))) {
            throw refused("blank", "a password cannot be empty or only spaces");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw refused("short", "at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refused("long", "at most " + MAX_BYTES + " bytes: about 72 letters without accents, fewer with "
                    + "accents or in other scripts", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
            throw refused("username", "a password cannot contain the username");
        }
        if (isCommon(lower)) {
            throw refused("common", "this is one of the most common passwords (or one with digits or symbols added): "
                    + "attackers try these first");
        }
        if (lower.codePoints().distinct().count() < 5 || repeats(lower) || isRun(lower)) {
            throw refused("guessable", "too easy to guess: avoid repeated characters and runs such as 1234 or abcd");
        }
    }

    private static boolean isCommon(String lower) {
        if (Common.PASSWORDS.contains(lower)) {
            return true;
        }
        // the same with what people add to meet a rule: digits and symbols before or after
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return !core.isEmpty() && Common.PASSWORDS.contains(core);
    }

    /** The same few characters again and again: "abcabcabcabc", "passwordpassword". */
    private static boolean repeats(String lower) {
        return (lower + lower).indexOf(lower, 1) < lower.length();
    }

    private static boolean isRun(String lower) {
        for (String run : RUNS) {
            if (run.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static AccountService.AccountException refused(String rule, String reason, Object... arguments) {
        return new AccountService.AccountException("password", "account.password." + rule, reason, arguments);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
