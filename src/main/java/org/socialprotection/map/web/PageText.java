package org.socialprotection.map.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values pages show as words in the reader's language rather than as codes or truncated numbers: a duration
 * ("58 s", "1 min 05 s", "1 h 02 min") and a language's name ("French", "francés"). Templates call it as
 * {@code ${@pageText.duration(seconds)}}.
 */
@Component("pageText")
public class PageText {

    private final MessageSource messages;

    PageText(MessageSource messages) {
        this.messages = messages;
    }

    /** A duration as a listener reads it; whole minutes alone would say "0 min" of a 58-second episode. */
    public String duration(Integer seconds) {
        if (seconds == null || seconds < 0) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        if (hours > 0) {
            return messages.getMessage("pages.duration.hm", new Object[] {hours, twoDigits(minutes)}, locale);
        }
        if (minutes > 0) {
            return messages.getMessage("pages.duration.ms", new Object[] {minutes, twoDigits(rest)}, locale);
        }
        return messages.getMessage("pages.duration.s", new Object[] {rest}, locale);
    }

    /** The name of a language (an ISO 639 code such as "en") in the reader's language; the code when unknown. */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Locale language = Locale.forLanguageTag(code.strip());
        Locale reader = LocaleContextHolder.getLocale();
        String name = language.getDisplayLanguage(reader);
        if (name.isEmpty() || name.equalsIgnoreCase(code.strip())) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    private static String twoDigits(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }
}
