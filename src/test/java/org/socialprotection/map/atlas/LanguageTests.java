package org.socialprotection.map.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTests {

    @Test
    void picksTheFirstOfTheAtlasLanguagesAmongThePreferred() {
        assertThat(Language.bestFor(List.of(Locale.GERMAN, Locale.forLanguageTag("es-MX")))).isEqualTo(Language.ES);
        assertThat(Language.bestFor(List.of(Locale.CANADA_FRENCH))).isEqualTo(Language.FR);
        assertThat(Language.bestFor(List.of(Locale.JAPANESE))).isEqualTo(Language.EN);
        assertThat(Language.of("fr-FR")).contains(Language.FR);
        assertThat(Language.of("pt")).isEmpty();
    }

    @Test
    void fallsBackToEnglishWhereATranslationIsMissing() {
        assertThat(Language.FR.pick("Ghana", "", null)).isEqualTo("Ghana");
        assertThat(Language.ES.pick("South Africa", "Afrique du Sud", "Sudáfrica")).isEqualTo("Sudáfrica");
    }
}
