package org.socialprotection.map.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprotection.map.atlas.Source;
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
    void sourcesKeepToTheirLimitsAndToAHundredEachMistakeOnItsRow() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        assertThat(FieldChecks.sources(List.of(new SourceRow("S", "https://a.org", null),
                new SourceRow("t".repeat(1001), "https://a.org", null)), "sources", errors)).isEmpty();
        assertThat(errors.getFieldError("sources[1].title").getCode()).isEqualTo("forms.error.source.tooLong");
        assertThat(errors.getFieldError("sources[1].title").getArguments()).startsWith("2");
        assertThat(errors.getFieldErrorCount()).isEqualTo(1);

        errors = new MapBindingResult(new HashMap<>(), "form");
        assertThat(FieldChecks.sources(Collections.nCopies(101, new SourceRow("S", "https://a.org", null)),
                "sources", errors)).isEmpty();
        assertThat(errors.getFieldError("sources").getCode()).isEqualTo("error.tooMany");

        errors = new MapBindingResult(new HashMap<>(), "form");
        assertThat(FieldChecks.sources(Collections.nCopies(100, new SourceRow("S", "https://a.org", "2026-11-28")),
                "sources", errors)).hasSize(100);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void emptyAndRemovedRowsAreSkippedAndEachFieldOfARowIsChecked() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        SourceRow removed = new SourceRow("Gone", "not an address", null);
        removed.setRemove(true);
        assertThat(FieldChecks.sources(List.of(new SourceRow(" ", "", null), removed,
                new SourceRow("Kept", " https://a.org ", "2026-11-28")), "sources", errors))
                .containsExactly(new Source("Kept", "https://a.org", LocalDate.of(2026, 11, 28)));
        assertThat(errors.hasErrors()).isFalse();

        FieldChecks.sources(List.of(new SourceRow("", "www.a.org", "28/11/2026")), "sources", errors);
        assertThat(errors.getFieldError("sources[0].title").getCode()).isEqualTo("forms.error.source.title");
        assertThat(errors.getFieldError("sources[0].url").getCode()).isEqualTo("forms.error.source.url");
        assertThat(errors.getFieldError("sources[0].accessed").getCode()).isEqualTo("forms.error.source.accessed");
    }
}
