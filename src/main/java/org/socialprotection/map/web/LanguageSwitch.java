package org.socialprotection.map.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.atlas.Language;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Applies ?lang= on pages; a language the atlas is not published in is ignored, not an error page. */
class LanguageSwitch implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            Language.of(lang).ifPresent(language -> RequestContextUtils.getLocaleResolver(request)
                    .setLocale(request, response, language.locale()));
        }
        return true;
    }
}
