package org.socialprotection.map.history;

import org.socialprotection.map.translation.TranslationHistory;
import java.util.Collection;
import java.util.Locale;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.RecordType;
import org.socialprotection.map.workspace.RecordTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history page of a record, for the researchers who may see the record (its creator while a draft, everyone once
 * published) and every editor; and the restore of a revision, for editors.
 */
@Controller
@RequestMapping("/workspace/history/{type}/{id}")
class HistoryController {

    private final RecordHistory history;
    private final RecordTypes types;
    private final ObjectProvider<RoleHierarchy> roles;
    private final MessageSource messages;
    private final TranslationHistory translations;

    HistoryController(RecordHistory history, RecordTypes types, ObjectProvider<RoleHierarchy> roles,
                      MessageSource messages, TranslationHistory translations) {
        this.translations = translations;
        this.history = history;
        this.types = types;
        this.roles = roles;
        this.messages = messages;
    }

    @GetMapping
    public String page(@PathVariable String type, @PathVariable long id, Authentication user, Model model,
                       Locale locale) {
        // a value with no label yet (a language code) reads as its code rather than failing the page
        RecordHistory.History record = history.of(types.named(type), id, Actor.of(user),
                value -> messages.getMessage(value.labelKey(), null, value.code(), locale));
        model.addAttribute("history", record);
        model.addAttribute("canRestore", record.exists() && isEditor(user));
        // translations are rows of their own, published on their own: their changes are listed beside the record's
        model.addAttribute("translationChanges", translations.of(types.named(type).segment(), id));
        return "history/page";
    }

    @PostMapping("/restore")
    @PreAuthorize("hasRole('EDITOR')")
    public String restore(@PathVariable String type, @PathVariable long id,
                          @RequestParam(required = false) Long revision, @RequestParam(required = false) Long version,
                          Authentication user, RedirectAttributes flash) {
        // parameters are checked here, after the role: binding them first would tell a researcher 400, not 403
        if (revision == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "which revision to restore is missing");
        }
        RecordType historyType = types.named(type);
        try {
            RecordHistory.Restored restored = history.restore(historyType, id, revision, version, user.getName());
            flash.addFlashAttribute("outcome", restored.changed() ? "restored" : "unchanged");
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("outcome", "conflict");
        } catch (DataIntegrityViolationException | IllegalArgumentException e) {
            // e.g. the old slug is taken by another record now, or the revision deleted the record
            flash.addFlashAttribute("outcome", "refused");
        }
        flash.addFlashAttribute("outcomeRevision", revision);
        return "redirect:" + historyType.historyPath(id);
    }

    /** With the role hierarchy, so that an admin is an editor too. */
    private boolean isEditor(Authentication user) {
        if (user == null) {
            return false;
        }
        RoleHierarchy hierarchy = roles.getIfAvailable();
        Collection<? extends GrantedAuthority> authorities = hierarchy == null ? user.getAuthorities()
                : hierarchy.getReachableGrantedAuthorities(user.getAuthorities());
        return authorities.stream().anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority()));
    }
}
