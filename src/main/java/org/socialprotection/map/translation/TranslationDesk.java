package org.socialprotection.map.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.WorkflowException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where researchers write translations and editors publish them, one language of one record at a time, without
 * touching the record itself: its original stays as published while a translation waits for review.
 */
@Service
@Transactional
public class TranslationDesk {

    /** A translation longer than this is refused; no field of the atlas is longer in its original. */
    static final int MAX_LENGTH = 20_000;

    private static final Actor EDITOR = new Actor("", true);

    private final Translations translations;
    private final Map<String, Translatable> types = new LinkedHashMap<>();

    TranslationDesk(Translations translations, List<Translatable> types) {
        this.translations = translations;
        types.forEach(t -> this.types.put(t.segment(), t));
    }

    /** One field in one language as the workspace shows it. A null status means no translation yet. */
    public record Field(String field, String original, String working, String published, PublicationStatus status,
                        boolean outdated) {

        public boolean missing() {
            return original != null && !original.isBlank() && (working == null || working.isBlank());
        }
    }

    /** One language of a record: its fields, and what a researcher needs to know at a glance. */
    public record Sheet(Language language, List<Field> fields) {

        public boolean anyMissing() {
            return fields.stream().anyMatch(Field::missing);
        }

        public boolean anyOutdated() {
            return fields.stream().anyMatch(Field::outdated);
        }

        public boolean inReview() {
            return fields.stream().anyMatch(f -> f.status() == PublicationStatus.IN_REVIEW);
        }

        public boolean published() {
            return fields.stream().anyMatch(f -> f.published() != null);
        }
    }

    /** A record's original and a sheet for each of the other languages. */
    public record Overview(Translatable.Original original, List<String> fields, List<Sheet> sheets) {
    }

    /** A language of a record waiting for an editor. */
    public record Waiting(String segment, long id, String title, Language originalLanguage, Language language,
                          String updatedBy) {
    }

    @Transactional(readOnly = true)
    public Overview overview(String segment, long id, Actor actor) {
        Translatable type = type(segment);
        Translatable.Original original = type.original(id, actor);
        Map<String, Translation> stored = new HashMap<>();
        translations.findByRecordTypeAndRecordIdOrderByFieldAscLanguageAsc(segment, id)
                .forEach(t -> stored.put(t.getField() + "/" + t.getLanguage().code(), t));
        List<Sheet> sheets = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language == original.language()) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            for (String field : type.fields()) {
                String text = original.texts().get(field);
                Translation t = stored.get(field + "/" + language.code());
                fields.add(t == null ? new Field(field, text, null, null, null, false)
                        : new Field(field, text, t.getWorkingText(), t.getPublishedText(), t.getStatus(),
                        t.getWorkingText() != null && !Objects.equals(t.getSourceHash(), hash(text))));
            }
            sheets.add(new Sheet(language, fields));
        }
        return new Overview(original, type.fields(), sheets);
    }

    /**
     * Saves the texts typed for one language (a blank one clears the working text); a changed text goes back to
     * draft and records the original it was made from. With {@code submit}, the language's drafts go for review.
     */
    public void save(String segment, long id, Language language, Map<String, String> texts, boolean submit,
                     Actor actor) {
        Translatable type = type(segment);
        Translatable.Original original = type.original(id, actor);
        if (language == original.language()) {
            throw new BadRequestException("language", "error.translation.original", "the record is written in "
                    + language.code() + "; edit the original in its own form", language.code());
        }
        for (String field : type.fields()) {
            String text = texts.get(field);
            if (text != null && text.length() > MAX_LENGTH) {
                throw new BadRequestException(field, "error.param.textLength", "at most " + MAX_LENGTH + " characters",
                        String.valueOf(MAX_LENGTH));
            }
        }
        Map<String, Translation> stored = new HashMap<>();
        translations.findByRecordTypeAndRecordIdAndLanguage(segment, id, language.code())
                .forEach(t -> stored.put(t.getField(), t));
        for (String field : type.fields()) {
            if (!texts.containsKey(field)) {
                continue;
            }
            String text = texts.get(field) == null || texts.get(field).isBlank() ? null : texts.get(field).strip();
            String hash = hash(original.texts().get(field));
            Translation t = stored.get(field);
            if (t == null && text == null) {
                continue;
            }
            if (t == null) {
                t = new Translation(segment, id, field, language, actor.username());
                stored.put(field, t);
            } else if (Objects.equals(t.getWorkingText(), text) && Objects.equals(t.getSourceHash(), hash)) {
                continue;
            }
            t.write(text, hash, actor.username());
            translations.save(t);
        }
        if (submit) {
            stored.values().stream().filter(t -> t.getStatus() == PublicationStatus.DRAFT)
                    .forEach(t -> t.submit(actor.username()));
        }
        translations.flush();
    }

    /**
     * Publishes one language of a record as its working texts stand: readers get them from now on. The record's own
     * status and texts are not touched. Editors only.
     */
    public void publish(String segment, long id, Language language, Actor actor) {
        if (!actor.editor()) {
            throw new WorkflowException(WorkflowException.Reason.FORBIDDEN, "only an editor publishes a translation");
        }
        type(segment).original(id, actor);
        List<Translation> found = translations.findByRecordTypeAndRecordIdAndLanguage(segment, id, language.code());
        if (found.isEmpty()) {
            throw new WorkflowException(WorkflowException.Reason.WRONG_STATE, "there is no translation to publish");
        }
        found.forEach(t -> t.publish(actor.username()));
        translations.flush();
    }

    /** The languages of records that wait for an editor's review, oldest first. */
    @Transactional(readOnly = true)
    public List<Waiting> inReview() {
        Map<String, Waiting> waiting = new LinkedHashMap<>();
        for (Translation t : translations.findByStatusOrderByUpdatedAt(PublicationStatus.IN_REVIEW)) {
            String key = t.getRecordType() + "/" + t.getRecordId() + "/" + t.getLanguage().code();
            Translatable type = types.get(t.getRecordType());
            if (type == null || waiting.containsKey(key)) {
                continue;
            }
            try {
                Translatable.Original original = type.original(t.getRecordId(), EDITOR);
                waiting.put(key, new Waiting(t.getRecordType(), t.getRecordId(), original.title(), original.language(), t.getLanguage(),
                        t.getUpdatedBy()));
            } catch (NotFoundException deleted) {
                // the record is gone: nothing to review
            }
        }
        return List.copyOf(waiting.values());
    }

    /** The translatable fields of a record type, in the order its form shows them. */
    List<String> fields(String segment) {
        return type(segment).fields();
    }

    /** The SHA-256 of an original's text, as hex; the empty text's for none. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Translatable type(String segment) {
        Translatable type = types.get(segment);
        if (type == null) {
            throw new NotFoundException("translations", segment);
        }
        return type;
    }
}
