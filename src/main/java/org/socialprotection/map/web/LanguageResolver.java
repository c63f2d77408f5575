package org.socialprotection.map.web;

import org.socialprotection.map.atlas.BadRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives a handler the {@link Language} of a request: the {@code lang} parameter when given (a 400 for a language
 * the atlas is not published in), else the language the visitor chose before (cookie), else the best match of
 * Accept-Language, else English.
 */
class LanguageResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Language.class;
    }

    @Override
    public Language resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                    NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String lang = request.getParameter("lang");
        // the JSON API refuses a language it does not speak; a page falls back to the visitor's language
        boolean api = parameter.getContainingClass().isAnnotationPresent(RestController.class);
        if (lang != null && (api || Language.of(lang).isPresent())) {
            return Language.of(lang).orElseThrow(() -> new BadRequestException("lang", "error.param.choice",
                    "'" + lang + "' is not one of the atlas's languages: " + Coded.codes(Language.class), lang,
                    Coded.codes(Language.class)));
        }
        return Language.bestFor(List.of(RequestContextUtils.getLocale(request)));
    }
}
