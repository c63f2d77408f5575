package org.socialprotection.map.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts what the layout needs ({@link PageModel}) on the request itself, so that pages no controller method fills
 * (an error page from an exception handler, the container's 404/403/500 through /error) still show the header,
 * the navigation and a language switch that links to the address asked for. Thymeleaf reads request attributes as
 * variables; a model attribute of the same name wins.
 */
class LayoutAttributes implements HandlerInterceptor {

    private final ObjectProvider<PageModel> pageModel;

    LayoutAttributes(ObjectProvider<PageModel> pageModel) {
        this.pageModel = pageModel;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language language = Language.bestFor(List.of(RequestContextUtils.getLocale(request)));
        pageModel.getObject().attributes(request, language).forEach((name, value) -> {
            if (request.getAttribute(name) == null) {
                request.setAttribute(name, value);
            }
        });
        return true;
    }
}
