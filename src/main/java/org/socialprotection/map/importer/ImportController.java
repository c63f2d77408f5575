package org.socialprotection.map.importer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.atlas.Wording;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The import page: upload, watch the dry run's progress, read its report, then commit the very file that was
 * checked, in one go. Imports run in the background so that a large file shows a progress bar, not a hung page.
 */
@Controller
class ImportController {

    private final Imports imports;
    private final Uploads uploads;
    private final MessageSource messages;

    ImportController(Imports imports, Uploads uploads, MessageSource messages) {
        this.messages = messages;
        this.imports = imports;
        this.uploads = uploads;
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView noFile() {
        return new ModelAndView("workspace/imports", Map.of("error", "file"));
    }

    /** A file or mapping refused before the import starts is said on the page, not as a problem document. */
    @ExceptionHandler(BadRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView refused(BadRequestException e, Locale locale) {
        return new ModelAndView("workspace/imports", Map.of("error", messages.getMessage(e, locale)));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView tooLarge(ResponseStatusException e, Locale locale) {
        String reason = e instanceof Imports.FileTooLarge file ? messages.getMessage("error.import.tooLarge",
                new Object[] {Wording.megabytes(file.size, locale), Wording.megabytes(file.max, locale)}, locale)
                : e.getReason();
        ModelAndView page = new ModelAndView("workspace/imports", Map.of("error", reason));
        page.setStatus(e.getStatusCode());
        return page;
    }

    @GetMapping("/workspace/imports")
    String form() {
        return "workspace/imports";
    }

    @PostMapping("/workspace/imports")
    String check(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String mapping,
                 @RequestParam(defaultValue = "observations") String type, Authentication authentication,
                 Language language) throws IOException {
        byte[] bytes = file.getBytes();
        ImportJobs.Status job = imports.start(type, bytes, imports.mapping(mapping), true, false,
                authentication.getName(), language.locale());
        return progress(job, uploads.keep(bytes, authentication.getName()));
    }

    /**
     * The column-mapping step: the report lists each field with the file's columns to choose from (parameters
     * {@code column.<field>}, blank for none); the kept file is checked again with that mapping.
     */
    @PostMapping("/workspace/imports/columns")
    String recheck(@RequestParam String token, @RequestParam(defaultValue = "observations") String type,
                   @RequestParam Map<String, String> params, Authentication authentication, Model model,
                   HttpServletResponse response, Language language) {
        byte[] bytes = uploads.get(token, authentication.getName()).orElse(null);
        if (bytes == null) {
            return expired(model, response);
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        params.forEach((name, column) -> {
            if (name.startsWith("column.")) {
                mapping.put(name.substring("column.".length()), column.strip());
            }
        });
        return progress(imports.start(type, bytes, mapping, true, false, authentication.getName(),
                language.locale()), token);
    }

    private static String progress(ImportJobs.Status job, String token) {
        return "redirect:/workspace/imports/jobs/" + job.id() + "?token=" + token;
    }

    @GetMapping("/workspace/imports/jobs/{id}")
    String job(@PathVariable String id, @RequestParam(required = false) String token, Authentication authentication,
               Model model, HttpServletResponse response) {
        ImportJobs.Status job = imports.job(id, authentication.getName());
        model.addAttribute("job", job);
        model.addAttribute("type", job.type());
        if (job.state() == ImportJobs.State.FAILED) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", job.error());
        } else if (job.state() == ImportJobs.State.INTERRUPTED) {
            model.addAttribute("error", "interrupted");
        }
        if (job.report() != null) {
            model.addAttribute("report", job.report());
            if (token != null) {
                model.addAttribute("refusedToken", token);
            }
            if (job.dryRun() && token != null) {
                model.addAttribute("token", token);
                model.addAttribute("required", imports.required(job.type()));
            }
        }
        return "workspace/imports";
    }

    /**
     * Commits the kept file of the dry run {@code checked}, read as that dry run read it; with {@code partial} the
     * valid rows only, the refused ones left for the file the report page offers.
     */
    @PostMapping("/workspace/imports/commit")
    String commit(@RequestParam String token, @RequestParam String checked,
                  @RequestParam(defaultValue = "false") boolean partial, Authentication authentication,
                  Model model, HttpServletResponse response, Language language) {
        byte[] bytes = uploads.get(token, authentication.getName()).orElse(null);
        if (bytes == null) {
            return expired(model, response);
        }
        ImportJobs.Status job = imports.commit(checked, bytes, partial, authentication.getName(), language.locale());
        return "redirect:/workspace/imports/jobs/" + job.id() + "?token=" + token;
    }

    /** A job's report as a spreadsheet: {@code csv} or {@code xlsx}. */
    @GetMapping("/workspace/imports/jobs/{id}/report.{format:csv|xlsx}")
    ResponseEntity<byte[]> report(@PathVariable String id, @PathVariable String format,
                                  Authentication authentication) {
        ImportReport report = finished(id, authentication);
        return format.equals("csv") ? ReportFiles.csv(HttpStatus.OK, "import-report.csv", ReportCsv.of(report))
                : ReportFiles.xlsx(HttpStatus.OK, ReportXlsx.of(report));
    }

    /** The rows a job refused, from the kept file, with the reason in an error column. */
    @GetMapping("/workspace/imports/jobs/{id}/refused.csv")
    ResponseEntity<byte[]> refused(@PathVariable String id, @RequestParam String token,
                                   Authentication authentication) {
        ImportReport report = finished(id, authentication);
        byte[] bytes = uploads.get(token, authentication.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE, "expired"));
        return ReportFiles.csv(HttpStatus.OK, "refused-rows.csv", imports.refused(bytes, report));
    }

    private ImportReport finished(String id, Authentication authentication) {
        ImportReport report = imports.job(id, authentication.getName()).report();
        if (report == null) {
            throw new NotFoundException("import report", id);
        }
        return report;
    }

    private static String expired(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("error", "expired");
        return "workspace/imports";
    }
}
