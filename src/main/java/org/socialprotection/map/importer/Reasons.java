package org.socialprotection.map.importer;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.FieldError;

/**
 * The words of an import report in the reader's language (the page's, or a script's {@code lang}). The import's own
 * reasons are message keys under {@code import.reason.}; a form's check keeps its precise English message in
 * English and, in French or Spanish, says what its code says on the form pages.
 */
record Reasons(MessageSource messages, Locale locale) {

    String text(String key, Object... args) {
        return messages.getMessage("import.reason." + key, args, locale);
    }

    String of(FieldError error) {
        return "en".equals(locale.getLanguage()) ? error.getDefaultMessage() : messages.getMessage(error, locale);
    }
}
