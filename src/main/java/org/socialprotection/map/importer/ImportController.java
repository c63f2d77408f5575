package org.socialprotection.map.importer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.socialprotection.map.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload, read the dry run's report, then commit the very file that was checked, in one go.
 */
@Controller
class ImportController {

    private final ImportApi imports;
    private final Uploads uploads;

    ImportController(ImportApi imports, Uploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler({
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.BAD_REQUEST)
    org.springframework.web.servlet.ModelAndView noFile() {
        return new org.springframework.web.servlet.ModelAndView("workspace/imports", java.util.Map.of("error", "file"));
    }

    @GetMapping("/workspace/imports")
    String form() {
        return "workspace/imports";
    }

    @PostMapping("/workspace/imports")
    String check(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String mapping,
                 @RequestParam(defaultValue = "observations") String type, Authentication authentication,
                 Model model, HttpServletResponse response) throws IOException {
        byte[] bytes = file.getBytes();
        model.addAttribute("type", type);
        try {
            ImportReport report = imports.run(type, bytes, mapping, true, authentication.getName());
            model.addAttribute("report", report);
            model.addAttribute("mapping", mapping);
            if (report.valid()) {
                model.addAttribute("token", uploads.keep(bytes, authentication.getName()));
            } else {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        } catch (BadRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        }
        return "workspace/imports";
    }

    @PostMapping("/workspace/imports/commit")
    String commit(@RequestParam String token, @RequestParam(required = false) String mapping,
                  @RequestParam(defaultValue = "observations") String type, Authentication authentication,
                  Model model, HttpServletResponse response) {
        model.addAttribute("type", type);
        byte[] bytes = uploads.get(token, authentication.getName()).orElse(null);
        if (bytes == null) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("error", "expired");
            return "workspace/imports";
        }
        ImportReport report = imports.run(type, bytes, mapping, false, authentication.getName());
        model.addAttribute("report", report);
        if (!report.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "workspace/imports";
    }
}
