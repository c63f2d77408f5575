package org.socialprotection.map.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Branch;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * Reads the values a survey writes as labels ("Street vendors", "vendeurs de rue", "Vendedores ambulantes",
 * "street_vendors") into the atlas's codes. The labels come from the pages' own message bundles in English, French
 * and Spanish, so a label renamed there is recognised here without a second list. Case, accents, punctuation and
 * a plural ending do not matter; a label two codes share is recognised as neither.
 */
@org.springframework.stereotype.Component
class Labels {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    private final Map<Class<?>, Map<String, String>> codes = new HashMap<>();

    Labels(MessageSource messages) {
        learn(WorkerGroup.class, messages);
        learn(Kind.class, messages);
        learn(Branch.class, messages);
        learn(PlaceType.class, messages);
        learn(Component.class, messages);
        learn(Privacy.class, messages);
    }

    private <E extends Enum<E> & Coded> void learn(Class<E> type, MessageSource messages) {
        Map<String, String> byKey = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (E value : type.getEnumConstants()) {
            List<String> names = new ArrayList<>(List.of(value.code(), value.name()));
            for (Locale language : LANGUAGES) {
                try {
                    names.add(messages.getMessage(value.labelKey(), null, language));
                } catch (NoSuchMessageException none) {
                    // a value without a label is still known by its code
                }
            }
            for (String name : names) {
                String key = key(name);
                String known = byKey.putIfAbsent(key, value.code());
                if (known != null && !known.equals(value.code())) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(byKey::remove);
        codes.put(type, Map.copyOf(byKey));
    }

    /** The code a label or code names, or the text folded to a code (for the form's check to refuse) when none. */
    String code(Class<? extends Coded> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String known = codes.get(type).get(key(text));
        return known != null ? known : RowValues.code(text);
    }

    /**
     * The codes of a list cell: parts separated by ";", "|" or ","; a part that is no label as a whole may be a
     * survey's multiple choice, codes separated by spaces ("street_vendors market_traders").
     */
    List<String> codes(Class<? extends Coded> type, String text) {
        List<String> values = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String part : text.split("[;|,]")) {
            if (part.isBlank()) {
                continue;
            }
            String known = codes.get(type).get(key(part));
            if (known != null) {
                values.add(known);
                continue;
            }
            String[] words = part.trim().split("\\s+");
            List<String> each = new ArrayList<>();
            for (String word : words) {
                String code = codes.get(type).get(key(word));
                if (code != null) {
                    each.add(code);
                }
            }
            if (words.length > 1 && each.size() == words.length) {
                values.addAll(each);
            } else {
                values.add(RowValues.code(part));
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(values));
    }

    /**
     * What two spellings of one label share: lowercase, no accents, words of letters and digits only, each without a
     * plural "s" and a final "e" (so "vendedores ambulantes" and "vendedor ambulante" meet).
     */
    static String key(String text) {
        // a survey repeats the same few labels on every row: fold each once (bounded, whatever a file holds)
        String known = KEYS.get(text);
        if (known != null) {
            return known;
        }
        String key = fold(text);
        if (KEYS.size() >= KEYS_KEPT) {
            KEYS.clear();
        }
        KEYS.put(text, key);
        return key;
    }

    private static final int KEYS_KEPT = 10_000;
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        StringBuilder key = new StringBuilder();
        for (String word : folded.split(" ")) {
            String w = word;
            if (w.length() > 3 && w.endsWith("s")) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.length() > 3 && w.endsWith("e")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(w);
        }
        return key.toString();
    }
}
