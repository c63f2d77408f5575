package org.socialprotection.map.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration
class WebConfig implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "spmap-lang";

    private final StaticAssets assets;
    private final ObjectProvider<PageModel> pageModel;

    WebConfig(StaticAssets assets, ObjectProvider<PageModel> pageModel) {
        this.assets = assets;
        this.pageModel = pageModel;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new LanguageResolver());
    }

    /** The language a visitor chose with ?lang= is remembered in a cookie; until then Accept-Language decides. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request ->
                Language.bestFor(Collections.list(request.getLocales())).locale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the JSON API takes ?lang= per request and must not set cookies
        registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**", "/actuator/**");
        // after the language switch, so that an error page speaks the language just chosen
        registry.addInterceptor(new LayoutAttributes(pageModel)).excludePathPatterns("/api/**", "/actuator/**",
                "/ogcapi/**", "/frontend/**", "/webjars/**", "/media/**");
    }

    /**
     * The front end's modules under a path carrying a hash of their content, cached for a year: a new release
     * changes the path, and relative imports between modules keep working under it.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/frontend/**")
                .addResourceLocations("classpath:/static/frontend/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addFixedVersionStrategy(assets.version(), "/**"));
    }
}
