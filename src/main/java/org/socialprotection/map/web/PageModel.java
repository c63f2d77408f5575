package org.socialprotection.map.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: its language, links to itself in the other languages, the module map. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    static final String LEAFLET_ESM = "/webjars/leaflet/dist/leaflet-src.esm.js";

    private final ResourceUrlProvider urls;

    PageModel(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Language language, Model model) {
        model.addAttribute("lang", language.code());
        Map<String, String> links = new LinkedHashMap<>();
        for (Language other : Language.values()) {
            links.put(other.code(), ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("lang", other.code()).build().toUriString());
        }
        model.addAttribute("languageLinks", links);
        model.addAttribute("pageUrl", ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang",
                language.code()).build().toUriString());
        String leaflet = urls.getForLookupPath(LEAFLET_ESM);
        model.addAttribute("importMap", "{\"imports\":{\"leaflet\":\"" + (leaflet == null ? LEAFLET_ESM : leaflet)
                + "\"}}");
    }
}
