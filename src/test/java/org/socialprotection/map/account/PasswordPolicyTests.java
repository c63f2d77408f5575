package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    static void refused(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "rita"))
                .isInstanceOf(AccountService.AccountException.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((AccountService.AccountException) e).field()).isEqualTo("password");
    }

    @Test
    void blankAndShortPasswordsAreRefused() {
        refused(null, "empty or only spaces");
        refused("", "empty or only spaces");
        refused(" ".repeat(12), "empty or only spaces");
        refused("\t \u00a0\u2003".repeat(4), "empty or only spaces");
        refused("Kx7#pq2!", "at least 12 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Password1234!", "qwerty123456", "1qaz2wsx3edc",
            "!!Dragon2024!!", "Sunshine_2026", "iloveyou12345", "baseball!!!!!"})
    void commonPasswordsAndCommonPasswordsWithDigitsAddedAreRefused(String password) {
        refused(password, "most common passwords");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "123412341234", "123456789012", "abcdefghijklmn",
            "qwertyuiopasdf", "zyxwvutsrqpon", "xkcd-xkcd-xkcd-"})
    void repetitionsAndRunsAreRefused(String password) {
        refused(password, "too easy to guess");
    }

    @Test
    void aPasswordCannotContainTheUsername() {
        refused("my-name-is-RITA-2026", "cannot contain the username");
    }

    @Test
    void over72BytesIsRefusedWithTheReason() {
        refused("correct horse battery staple ".repeat(3), "at most 72 bytes");
        // 40 letters, but 80 bytes: the limit is BCrypt's, in bytes
        refused("é".repeat(20) + "ß".repeat(20), "at most 72 bytes");
        String exactly72 = "the quick brown fox jumps over the lazy dog 2026 " + "é".repeat(11) + "!";
        assertThat(exactly72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThatCode(() -> PasswordPolicy.check(exactly72, "rita")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-long-enough-password", "correct horse battery staple", "Lomé à l’aube 2026",
            "Ndiyo-njia-ya-kusini", "séptimo piso, ventana izquierda"})
    void goodPasswordsPass(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "rita")).doesNotThrowAnyException();
    }

    @Test
    void generatedOneTimePasswordsPass() {
        for (int i = 0; i < 200; i++) {
            String password = AccountService.randomPassword();
            assertThatCode(() -> PasswordPolicy.check(password, "admin")).doesNotThrowAnyException();
        }
    }
}
