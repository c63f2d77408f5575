package org.socialprotection.map.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

class WordingTests {

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/workspace", "i18n/media");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void anAcronymAlreadyInTheNameIsNotRepeated() {
        assertThat(Wording.schemeName("Livelihood Empowerment Against Poverty (LEAP)", "LEAP"))
                .isEqualTo("Livelihood Empowerment Against Poverty (LEAP)");
        assertThat(Wording.schemeName("National Health Insurance Scheme", "NHIS"))
                .isEqualTo("National Health Insurance Scheme (NHIS)");
        assertThat(Wording.acronymAfter("NHIS", "NHIS")).isNull();
        // inside a longer word the acronym is not there as itself
        assertThat(Wording.acronymAfter("Sleep allowance", "LEAP")).isEqualTo("LEAP");
        assertThat(Wording.acronymAfter("Child Support Grant", " ")).isNull();
        assertThat(Wording.acronymAfter(null, "CSG")).isEqualTo("CSG");
    }

    @Test
    void sizesAreInTheReadersUnitAndDigits() {
        long fifth = 210_000;
        assertThat(Wording.megabytes(fifth, Locale.ENGLISH)).isEqualTo("0.2\u00a0MB");
        assertThat(Wording.megabytes(fifth, Locale.FRENCH)).isEqualTo("0,2\u00a0Mo");
        assertThat(Wording.megabytes(fifth, Locale.forLanguageTag("es"))).isEqualTo("0,2\u00a0MB");
        assertThat(Wording.megabytes(1_258_291, Locale.FRENCH)).isEqualTo("1,2\u00a0Mo");
        // a small file is never shown as empty
        assertThat(Wording.megabytes(3_000, Locale.ENGLISH)).isEqualTo("0.1\u00a0MB");
    }

    @Test
    void aNamedArgumentIsResolvedInTheReadersLanguage() {
        ResourceBundleMessageSource messages = bundles();
        var named = Wording.named("South Africa", "Afrique du Sud", "Sudáfrica", "ZAF");
        assertThat(messages.getMessage(named, Locale.ENGLISH)).isEqualTo("South Africa (ZAF)");
        assertThat(messages.getMessage(named, Locale.FRENCH)).isEqualTo("Afrique du Sud (ZAF)");
        assertThat(messages.getMessage(named, Locale.forLanguageTag("es"))).isEqualTo("Sudáfrica (ZAF)");
        // a missing translation falls back to the English name, never to a blank
        assertThat(messages.getMessage(Wording.named("Eswatini", "", null, "SWZ"), Locale.FRENCH))
                .isEqualTo("Eswatini (SWZ)");
    }

    @Test
    void countsTakeThePluralOfTheLanguage() {
        ResourceBundleMessageSource messages = bundles();
        Locale es = Locale.forLanguageTag("es");
        assertThat(messages.getMessage("country.counts", new Object[] {1, 1, 2}, Locale.ENGLISH))
                .isEqualTo("1 scheme, 1 inclusion, 2 exclusions");
        assertThat(messages.getMessage("country.counts", new Object[] {0, 1, 1204}, Locale.ENGLISH))
                .isEqualTo("0 schemes, 1 inclusion, 1,204 exclusions");
        // French counts zero in the singular
        assertThat(messages.getMessage("country.counts", new Object[] {0, 1, 2}, Locale.FRENCH))
                .isEqualTo("0 régime, 1 inclusion, 2 exclusions");
        assertThat(messages.getMessage("country.counts", new Object[] {0, 1, 2}, es))
                .isEqualTo("0 regímenes, 1 inclusión, 2 exclusiones");
        assertThat(messages.getMessage("search.count", new Object[] {1}, Locale.FRENCH)).isEqualTo("1 résultat");
        assertThat(messages.getMessage("media.pageCount", new Object[] {1}, es)).isEqualTo("1 página");
        assertThat(messages.getMessage("import.summary", new Object[] {1, 1, 0, "CSV"}, Locale.ENGLISH))
                .isEqualTo("1 row read (CSV), 1 valid, 0 problems.");
    }

    @Test
    void aLabelTakesTheColonOfItsLanguage() {
        ResourceBundleMessageSource messages = bundles();
        assertThat(messages.getMessage("label.colon", new Object[] {"Région"}, Locale.FRENCH)).isEqualTo("Région\u202f:");
        assertThat(messages.getMessage("label.colon", new Object[] {"Region"}, Locale.ENGLISH)).isEqualTo("Region:");
    }

    @Test
    void resolvableArgumentsStayResolvable() {
        // what ObservationPlacement hands to a FieldError: Spring resolves the argument in the message's locale
        ResourceBundleMessageSource messages = bundles();
        var error = new DefaultMessageSourceResolvable(new String[] {"error.placement.notIn"},
                new Object[] {28.0, -26.2, Wording.named("South Africa", "Afrique du Sud", "Sudáfrica", "ZAF")}, "x");
        assertThat(messages.getMessage(error, Locale.FRENCH)).contains("dans le pays Afrique du Sud (ZAF)");
    }

    @Test
    void aFigureIsWrittenWithItsUnitAsTheReaderWritesIt() {
        Locale es = Locale.forLanguageTag("es");
        assertThat(Wording.amount(91.5, "percent", Locale.ENGLISH)).isEqualTo("91.5%");
        assertThat(Wording.amount(91.5, "percent", Locale.FRENCH)).isEqualTo("91,5\u202f%");
        assertThat(Wording.amount(91.5, "percent", es)).isEqualTo("91,5\u00a0%");
        assertThat(Wording.amount(12000, "persons", Locale.ENGLISH)).isEqualTo("12,000\u00a0persons");
        assertThat(Wording.amount(1, "persons", es)).isEqualTo("1\u00a0persona");
        assertThat(Wording.amount(12000, "persons", Locale.FRENCH)).endsWith("000\u00a0personnes");
        assertThat(Wording.amount(3.25, "USD", Locale.FRENCH)).isEqualTo("3,25\u00a0USD");
        assertThat(Wording.amount(null, "percent", Locale.FRENCH)).isEmpty();
    }
}
