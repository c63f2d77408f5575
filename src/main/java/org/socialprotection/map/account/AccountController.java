package org.socialprotection.map.account;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, one's own account (password, API tokens) and, for admins, everyone's. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final MessageSource messages;

    AccountController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The problem in the page's language. */
    private String text(AccountService.AccountException e, Locale locale) {
        return messages.getMessage(e, locale);
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/account")
    String account(Principal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.getName()));
        model.addAttribute("tokens", accounts.tokensOf(principal.getName()));
        return "account/account";
    }

    @GetMapping(PasswordChangeRequired.PAGE)
    String passwordForm(Principal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.getName()));
        return "account/password";
    }

    @PostMapping(PasswordChangeRequired.PAGE)
    String changePassword(Principal principal, @RequestParam(defaultValue = "") String current,
                          @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String confirmation, Model model,
                          HttpSession session, RedirectAttributes redirect, Locale locale) {
        try {
            if (!password.equals(confirmation)) {
                throw new AccountService.AccountException("confirmation", "account.error.confirmation",
                        "the two passwords differ");
            }
            accounts.changePassword(principal.getName(), current, password);
            // this session stays signed in; the account's other sessions end at their next request
            session.setAttribute(AccountRefresh.PASSWORD_CHOSEN_HERE, accounts.find(principal.getName()).passwordStamp());
        } catch (AccountService.AccountException e) {
            model.addAttribute("account", accounts.find(principal.getName()));
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", text(e, locale));
            return "account/password";
        }
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(Principal principal, @RequestParam(defaultValue = "") String name,
                       RedirectAttributes redirect, Locale locale) {
        try {
            redirect.addFlashAttribute("newToken", accounts.createToken(principal.getName(), name));
        } catch (AccountService.AccountException e) {
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Principal principal, @PathVariable long id) {
        accounts.revokeToken(principal.getName(), id);
        return "redirect:/account";
    }

    /** A token or account that is not the caller's to change. */
    @ExceptionHandler(AccountService.AccountException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('ADMIN')")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/users";
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('ADMIN')")
    String createUser(@RequestParam(defaultValue = "") String username, @RequestParam Role role,
                      RedirectAttributes redirect, Locale locale) {
        try {
            AccountService.OneTimePassword created = accounts.createWithOneTimePassword(username, role);
            redirect.addFlashAttribute("created", created.username());
            redirect.addFlashAttribute("oneTimePassword", created.password());
        } catch (AccountService.AccountException e) {
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String updateUser(@PathVariable long id, @RequestParam Role role, @RequestParam(defaultValue = "false") boolean enabled,
                      Principal principal, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.update(id, role, enabled, principal.getName());
        } catch (AccountService.AccountException e) {
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            AccountService.OneTimePassword reset = accounts.resetPassword(id);
            redirect.addFlashAttribute("reset", reset.username());
            redirect.addFlashAttribute("oneTimePassword", reset.password());
        } catch (AccountService.AccountException e) {
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/admin/users";
    }
}
