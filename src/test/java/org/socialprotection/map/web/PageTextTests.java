package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class PageTextTests {

    private final PageText text = new PageText(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/pages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aShortEpisodeIsNotZeroMinutes() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.duration(58)).isEqualTo("58 s");
        assertThat(text.duration(65)).isEqualTo("1 min 05 s");
        assertThat(text.duration(3720)).isEqualTo("1 h 02 min");
        assertThat(text.duration(null)).isNull();
    }

    @Test
    void durationsAndLanguagesFollowTheReader() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(text.duration(58)).isEqualTo("58\u00a0s");
        assertThat(text.language("en")).isEqualTo("Anglais");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(text.language("fr")).isEqualTo("Francés");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.language("en")).isEqualTo("English");
        assertThat(text.language("zz")).isEqualTo("zz");
    }
}
