package org.socialprotection.map.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every refusal of a request has a message in English, French and Spanish, so that a page never shows one in
 * English to a French or Spanish reader. The codes are read from the sources, since a refusal is thrown in many
 * places; the parsed parameters ({@code error.param.parsed.*}) are listed by hand.
 */
class RefusalMessagesTests {

    private static final Pattern CODE = Pattern.compile(
            "new BadRequestException\\(\\s*[^,()]+(?:\\([^()]*\\))?[^,()]*,\\s*\"([a-z][\\w.]*)\"");
    private static final Set<String> PARSED = Set.of("bbox", "lon", "lat", "datetime");

    /** The bundles the app reads, as application.properties lists them. */
    static ResourceBundleMessageSource appMessages() throws Exception {
        Properties app = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(app.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static Set<String> codesInSources() throws Exception {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    // a code completed at run time ("error.param.parsed." + name) is listed below instead
                    if (!m.group(1).endsWith(".")) codes.add(m.group(1));
                }
            }
        }
        PARSED.forEach(name -> codes.add("error.param.parsed." + name));
        return codes;
    }

    @Test
    void everyRefusalIsWordedInEachLanguage() throws Exception {
        ResourceBundleMessageSource messages = appMessages();
        Set<String> codes = codesInSources();
        assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(25)
                .contains("error.coverage.oneBranch", "error.param.choice", "error.place.short");
        for (String code : codes) {
            String english = messages.getMessage(code, new Object[] {"x", "y", "z"}, Locale.ENGLISH);
            for (Locale locale : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("es")}) {
                String text;
                try {
                    text = messages.getMessage(code, new Object[] {"x", "y", "z"}, locale);
                } catch (NoSuchMessageException e) {
                    throw new AssertionError("no " + locale + " message for the refusal " + code, e);
                }
                assertThat(text).as(code + " in " + locale).isNotBlank().isNotEqualTo(english);
            }
        }
    }

    @Test
    void theParsedParametersUsedByTheQueriesAreTheOnesListed() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern parsed = Pattern.compile("\\.parsed\\(\"(\\w+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = parsed.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(PARSED).containsAll(used);
    }
}
