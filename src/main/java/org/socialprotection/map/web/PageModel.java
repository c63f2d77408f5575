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

/**
 * What every page's layout needs: its language, links to itself in the other languages (under the public address,
 * never the Host header), the module map and the nonce its inline scripts carry.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    static final String LEAFLET_ESM = "/webjars/leaflet/dist/leaflet-src.esm.js";

    private final ResourceUrlProvider urls;
    private final PublicUrl publicUrl;

    PageModel(ResourceUrlProvider urls, PublicUrl publicUrl) {
        this.urls = urls;
        this.publicUrl = publicUrl;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Language language, Model model) {
        model.addAllAttributes(attributes(request, language));
    }

    Map<String, Object> attributes(HttpServletRequest request, Language language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        Map<String, String> links = new LinkedHashMap<>();
        for (Language other : Language.values()) {
            links.put(other.code(), publicUrl.current(request).replaceQueryParam("lang", other.code()).build()
                    .toUriString());
        }
        model.put("languageLinks", links);
        // og:url must be absolute: without a public address the page leaves it out
        model.put("pageUrl", publicUrl.isAbsolute(request) ? publicUrl.current(request)
                .replaceQueryParam("lang", language.code()).build().toUriString() : null);
        model.put("cspNonce", SecurityHeaders.nonce(request));
        String leaflet = urls.getForLookupPath(LEAFLET_ESM);
        model.put("importMap", "{\"imports\":{\"leaflet\":\"" + (leaflet == null ? LEAFLET_ESM : leaflet)
                + "\"}}");
        return model;
    }
}
