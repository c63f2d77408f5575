package org.socialprotection.map.contribute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.observation.Kind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The public form (/contribute) and a submission's status page. The checks run cheapest first: the per-address
 * limit, the honeypot, the time the form took to fill, then the fields. A refused form is shown again as typed.
 */
@Controller
class ContributeController {

    private final SubmissionDesk desk;
    private final SubmissionThrottle throttle;
    private final FillTimer timer;
    private final ContributeSettings settings;
    private final Countries countries;

    ContributeController(SubmissionDesk desk, SubmissionThrottle throttle, FillTimer timer,
                         ContributeSettings settings, Countries countries) {
        this.desk = desk;
        this.throttle = throttle;
        this.timer = timer;
        this.settings = settings;
        this.countries = countries;
    }

    @GetMapping("/contribute")
    String form(Language language, Model model) {
        SubmissionForm form = new SubmissionForm();
        form.setStarted(timer.stamp());
        return page(form, language, model);
    }

    @PostMapping("/contribute")
    String submit(@ModelAttribute("form") SubmissionForm form, BindingResult errors, Language language, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Duration> wait = throttle.attempt(request.getRemoteAddr());
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.get().toSeconds())));
            model.addAttribute("refusal", "contribute.refused.tooMany");
            model.addAttribute("refusalArgument", minutes);
            return page(form, language, model);
        }
        if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", "contribute.refused.honeypot");
            return page(form, language, model);
        }
        FillTimer.Verdict verdict = timer.check(form.getStarted());
        if (verdict != FillTimer.Verdict.OK) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", verdict == FillTimer.Verdict.TOO_FAST ? "contribute.refused.tooFast"
                    : "contribute.refused.stale");
            form.setStarted(timer.stamp());
            return page(form, language, model);
        }
        Submission saved = desk.receive(form, errors, "form", language);
        if (saved == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, language, model);
        }
        redirect.addFlashAttribute("received", true);
        return "redirect:/contribute/status/" + saved.getReference() + "?lang=" + language.code();
    }

    /** The small form on /contribute that finds a status by its reference, without JavaScript. */
    @GetMapping("/contribute/status")
    String find(@RequestParam(required = false) String reference, Language language) {
        String typed = reference == null ? "" : reference.trim();
        if (typed.isEmpty()) {
            return "redirect:/contribute?lang=" + language.code();
        }
        return "redirect:/contribute/status/" + UriUtils.encodePathSegment(typed, "UTF-8") + "?lang="
                + language.code();
    }

    @GetMapping("/contribute/status/{reference}")
    String status(@PathVariable String reference, Model model) {
        Submission s = desk.byReference(reference);
        model.addAttribute("reference", s.getReference());
        model.addAttribute("status", s.getStatus().code());
        model.addAttribute("reason", s.getStatus() == SubmissionStatus.REJECTED ? s.getPublicReason() : null);
        model.addAttribute("receivedOn", s.getReceivedAt().toString().substring(0, 10));
        return "contribute/status";
    }

    private String page(SubmissionForm form, Language language, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("groups", WorkerGroup.values());
        var choices = countries.choices(language);
        model.addAttribute("countries", choices.list());
        model.addAttribute("countryNames", choices.names());
        model.addAttribute("retentionDays", settings.retentionDays());
        return "contribute/form";
    }
}
