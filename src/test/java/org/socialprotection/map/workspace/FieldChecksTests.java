package org.socialprotection.map.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.MapBindingResult;

/** The shared field checks: what a text may hold, and the limits of one-a-line sources. */
class FieldChecksTests {

    @ParameterizedTest
    @ValueSource(strings = {"Crèche at the market", "two\nlines\r\nand\ttabs", "emoji \uD83D\uDE00 fine", "",
            "<script>alert(1)</script>", "'; DROP TABLE observation; --"})
    void printableTextIsText(String text) {
        assertThat(FieldChecks.printable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0007", "esc\u001b[31m", "del\u007f", "half \uD800 pair", "\uDE00 low",
            "ends high \uD83D"})
    void controlCharactersAndHalfPairsAreNot(String text) {
        assertThat(FieldChecks.printable(text)).isFalse();
    }

    @Test
    void aTextWithAControlCharacterIsRefusedOnItsField() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        FieldChecks.optional("a\u0000b", "narrative", FieldChecks.LONG_TEXT, errors);
        assertThat(errors.getFieldError("narrative").getCode()).isEqualTo("error.controlCharacter");
    }

    @Test
    void sourcesKeepToTheirColumnsAndToAHundred() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        assertThat(FieldChecks.sources("t".repeat(1001) + " | https://a.org", "sources", errors)).isEmpty();
        assertThat(errors.getFieldError("sources").getCode()).isEqualTo("error.sourceTooLong");

        errors = new MapBindingResult(new HashMap<>(), "form");
        assertThat(FieldChecks.sources("S | https://a.org\n".repeat(101), "sources", errors)).isEmpty();
        assertThat(errors.getFieldError("sources").getCode()).isEqualTo("error.tooMany");

        errors = new MapBindingResult(new HashMap<>(), "form");
        assertThat(FieldChecks.sources("S | https://a.org\n".repeat(100), "sources", errors)).hasSize(100);
        assertThat(errors.hasErrors()).isFalse();
    }
}
