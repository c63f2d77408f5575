package org.socialprotection.map.importer;

import java.io.IOException;
import org.socialprotection.map.atlas.Language;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The import page: upload, watch the dry run's progress, read its report, then commit the very file that was
 * checked, in one go. Imports run in the background so that a large file shows a progress bar, not a hung page.
 */
@Controller
class ImportController {

    private final ImportJobs jobs;
    private final Uploads uploads;
    private final ImportApi imports;

    ImportController(ImportJobs jobs, Uploads uploads, ImportApi imports) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.imports = imports;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler({
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView noFile() {
        return new ModelAndView("workspace/imports", java.util.Map.of("error", "file"));
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
        String token = uploads.keep(bytes, authentication.getName());
        return dryRun(type, bytes, token, mapping, authentication, language);
    }

    /**
     * The column-mapping step: the report lists each field with the file's columns to choose from (parameters
     * {@code column.<field>}, blank for none); the kept file is checked again with that mapping.
     */
    @PostMapping("/workspace/imports/columns")
    String recheck(@RequestParam String token, @RequestParam(defaultValue = "observations") String type,
                   @RequestParam java.util.Map<String, String> params, Authentication authentication, Model model,
                   jakarta.servlet.http.HttpServletResponse response, Language language) {
        byte[] bytes = uploads.get(token, authentication.getName()).orElse(null);
        if (bytes == null) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("error", "expired");
            return "workspace/imports";
        }
        java.util.Map<String, String> mapping = new java.util.LinkedHashMap<>();
        params.forEach((name, column) -> {
            if (name.startsWith("column.")) {
                mapping.put(name.substring("column.".length()), column.strip());
            }
        });
        return dryRun(type, bytes, token, imports.mappingText(mapping), authentication, language);
    }

    private String dryRun(String type, byte[] bytes, String token, String mapping, Authentication authentication,
                          Language language) {
        ImportJobs.Status job = jobs.submit(type, bytes, mapping, true, authentication.getName(), language.locale());
        return "redirect:/workspace/imports/jobs/" + job.id() + "?token=" + token
                + (mapping == null || mapping.isBlank() ? ""
                // %20, not +, for a space: every reader of a query takes %20 for a space
                : "&mapping=" + java.net.URLEncoder.encode(mapping, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
    }

    @GetMapping("/workspace/imports/jobs/{id}")
    String job(@PathVariable String id, @RequestParam(required = false) String token,
               @RequestParam(required = false) String mapping, Authentication authentication, Model model,
               jakarta.servlet.http.HttpServletResponse response) {
        ImportJobs.Status job = jobs.status(id, authentication.getName())
                .orElseThrow(() -> new org.socialprotection.map.atlas.NotFoundException("import job", id));
        model.addAttribute("job", job);
        model.addAttribute("type", job.type());
        model.addAttribute("mapping", mapping);
        if (job.state() == ImportJobs.State.FAILED) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", job.error());
        }
        if (job.report() != null) {
            model.addAttribute("report", job.report());
            if (job.dryRun() && token != null) {
                model.addAttribute("token", token);
                model.addAttribute("required", imports.required(job.type()));
            }
        }
        return "workspace/imports";
    }

    @PostMapping("/workspace/imports/commit")
    String commit(@RequestParam String token, @RequestParam(required = false) String mapping,
                  @RequestParam(defaultValue = "observations") String type, Authentication authentication,
                  Model model, jakarta.servlet.http.HttpServletResponse response, Language language) {
        byte[] bytes = uploads.get(token, authentication.getName()).orElse(null);
        if (bytes == null) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("error", "expired");
            return "workspace/imports";
        }
        ImportJobs.Status job = jobs.submit(type, bytes, mapping, false, authentication.getName(), language.locale());
        return "redirect:/workspace/imports/jobs/" + job.id();
    }
}
