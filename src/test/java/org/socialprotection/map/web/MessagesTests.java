package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.PublicationType;
import org.socialprotection.map.scheme.BenefitForm;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.Participation;
import org.socialprotection.map.scheme.SchemeStatus;
import org.socialprotection.map.scheme.SchemeType;

/** Every label exists in English, French and Spanish, and every code the atlas uses has a label. */
class MessagesTests {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every bundle under i18n/, found on disk so that a new one cannot be forgotten here. */
    static Stream<String> bundles() throws Exception {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/i18n"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[a-z]+\\.properties"))
                    .map(n -> n.substring(0, n.indexOf('.'))).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyIsTranslatedIntoEveryLanguage(String bundle) throws Exception {
        Properties english = load(bundle);
        for (String language : new String[] {"fr", "es"}) {
            Properties translated = load(bundle + "_" + language);
            assertThat(translated.stringPropertyNames()).as(bundle + "_" + language + " keys")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            translated.forEach((key, value) -> assertThat((String) value).as(bundle + "_" + language + ": " + key)
                    .isNotBlank());
        }
    }

    /**
     * Words spelled the same in English and the other language (cognates, names, formats, units) and patterns with
     * no words of their own. Any other value equal to the English one is an untranslated label.
     */
    static final java.util.Set<String> SAME_IN_BOTH = java.util.Set.of("Collections", "Collection", "Observations",
            "Observation", "Podcasts", "Podcast", "Description", "Type", "Sources", "Source", "Date", "Introduction",
            "Branches", "Inclusions", "Exclusions", "Inclusion", "Exclusion", "{0} inclusion", "{0} inclusions",
            "{0} exclusion", "{0} exclusions", "Participation", "Institution", "Note", "Pages", "Segments", "Service",
            "Europe", "Asia", "Melanesia", "Micronesia", "API", "OGC API", "CSV", "GeoJSON", "GeoPackage",
            "Latitude", "Longitude", "observations (CSV)", "{0}: {1}", "{0}–{1}", "{0}:", "{0} s", "{0} min {1} s",
            "{0} h {1} min", "Source {0}", "Original ({0})");

    @ParameterizedTest
    @MethodSource("bundles")
    void noLabelIsLeftInEnglish(String bundle) throws Exception {
        Properties english = load(bundle);
        for (String language : new String[] {"fr", "es"}) {
            Properties translated = load(bundle + "_" + language);
            List<String> untranslated = english.stringPropertyNames().stream().sorted()
                    .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                    .filter(key -> !SAME_IN_BOTH.contains(english.getProperty(key)))
                    .map(key -> key + "=" + english.getProperty(key)).toList();
            assertThat(untranslated).as(bundle + "_" + language + " values still in English").isEmpty();
        }
    }

    static Stream<Arguments> codes() {
        return Stream.of(Arguments.of("kind", Kind.class), Arguments.of("group", WorkerGroup.class),
                Arguments.of("branch", Branch.class), Arguments.of("type", SchemeType.class),
                Arguments.of("participation", Participation.class), Arguments.of("benefitForm", BenefitForm.class),
                Arguments.of("coverage", CoverageStatus.class), Arguments.of("schemeStatus", SchemeStatus.class),
                Arguments.of("placeType", PlaceType.class), Arguments.of("privacy", Privacy.class),
                Arguments.of("component", Component.class), Arguments.of("publicationType", PublicationType.class));
    }

    @ParameterizedTest
    @MethodSource("codes")
    <E extends Enum<E> & Coded> void everyCodeHasALabel(String prefix, Class<E> type) throws Exception {
        Properties english = load("messages");
        for (E value : type.getEnumConstants()) {
            assertThat(english.getProperty(prefix + "." + value.code())).as(prefix + "." + value.code()).isNotBlank();
        }
    }
}
