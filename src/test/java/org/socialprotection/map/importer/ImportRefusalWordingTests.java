package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The import page words a refused file in the reader's language and units, never in the API's English. */
class ImportRefusalWordingTests {

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    final ImportController page;

    ImportRefusalWordingTests() {
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        page = new ImportController(null, null, messages);
    }

    String tooLarge(Locale locale) {
        return (String) page.tooLarge(new Imports.FileTooLarge(25L * 1024 * 1024 + 300_000, 20L * 1024 * 1024), locale)
                .getModel().get("error");
    }

    @Test
    void aFileOverTheLimitIsSaidWithTheReadersUnits() {
        assertThat(tooLarge(Locale.ENGLISH)).isEqualTo("the file is 25.3\u00a0MB; an import takes at most 20.0\u00a0MB:"
                + " split it into several files");
        assertThat(tooLarge(Locale.FRENCH)).isEqualTo("le fichier fait 25,3\u00a0Mo\u202f; une importation prend au plus"
                + " 20,0\u00a0Mo\u202f: découpez-le en plusieurs fichiers");
        assertThat(tooLarge(Locale.forLanguageTag("es"))).startsWith("el archivo ocupa 25,3\u00a0MB;");
        assertThat(page.tooLarge(new Imports.FileTooLarge(1, 0), Locale.FRENCH).getStatus().value()).isEqualTo(413);
    }

    @Test
    void aRefusedFileIsSaidInTheReadersLanguage() {
        BadRequestException empty = new BadRequestException("file", "error.import.empty", "the file is empty");
        assertThat(page.refused(empty, Locale.FRENCH).getModel().get("error")).isEqualTo("le fichier est vide");
        assertThat(page.refused(empty, Locale.forLanguageTag("es")).getModel().get("error"))
                .isEqualTo("el archivo está vacío");
    }
}
