package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application × anonymous, researcher, editor, admin, checked against the access rules. The
 * routes come from the application's own mapping, so a new route is tested the day it is added; a route the rules
 * below do not know fails the test until someone decides who may use it.
 */
@AtlasTest
@H2GisTest
@Transactional
class PermissionMatrixTests {

    enum Who { ANONYMOUS, RESEARCHER, EDITOR, ADMIN }

    /** OWNER_ONLY: the role may use the route, but only on its own records; record 1 is the demo atlas's. */
    enum Expect { ALLOWED, SIGN_IN, UNAUTHORIZED, FORBIDDEN, OWNER_ONLY }

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;

    @org.junit.jupiter.api.BeforeEach
    void people() {
        accounts.create("rita", "a-long-enough-password", Role.RESEARCHER, false);
        accounts.create("edna", "a-long-enough-password", Role.EDITOR, false);
        accounts.create("ada", "a-long-enough-password", Role.ADMIN, false);
    }
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String pattern) {
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.socialprotection.map")) {
                continue;
            }
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern));
                }
                methods.forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), pattern)));
            }
        }
        return routes;
    }

    /** The access rules, as the README states them. */
    static Expect expected(Route route, Who who) {
        String path = route.pattern();
        boolean read = route.method() == HttpMethod.GET;
        if (path.startsWith("/api/") && path.contains("/translations")) {
            // working translations are drafts, read and written with a role; only editors publish one
            if (who == Who.ANONYMOUS) {
                return Expect.UNAUTHORIZED;
            }
            return who == Who.RESEARCHER && path.endsWith("/publish") ? Expect.FORBIDDEN : Expect.ALLOWED;
        }
        if (path.startsWith("/api/")) {
            // anyone may send a submission for moderation (the contribute feature limits them per address)
            if (read || path.equals("/api/submissions")) {
                return Expect.ALLOWED;
            }
            if (who == Who.ANONYMOUS) {
                return Expect.UNAUTHORIZED;
            }
            // finer rules (an editor to publish, an owner to submit) are the workflow's: see WorkflowTests
            return who == Who.RESEARCHER && path.contains("{id}") ? Expect.OWNER_ONLY : Expect.ALLOWED;
        }
        if (path.startsWith("/admin")) {
            return who == Who.ANONYMOUS ? Expect.SIGN_IN : who == Who.ADMIN ? Expect.ALLOWED : Expect.FORBIDDEN;
        }
        if (path.startsWith("/workspace/review") || path.endsWith("/restore")) {
            return who == Who.ANONYMOUS ? Expect.SIGN_IN
                    : who == Who.RESEARCHER ? Expect.FORBIDDEN : Expect.ALLOWED;
        }
        if (path.startsWith("/workspace") || path.startsWith("/account")) {
            if (who == Who.ANONYMOUS) {
                return Expect.SIGN_IN;
            }
            // researchers translate any record they may read, published ones too; only editors publish a
            // translation (see ObservationTranslationTests)
            if (path.endsWith("/translations/{lang}")) {
                return Expect.ALLOWED;
            }
            return who == Who.RESEARCHER && !read && path.contains("{id}") && path.startsWith("/workspace")
                    ? Expect.OWNER_ONLY : Expect.ALLOWED;
        }
        if (path.startsWith("/media/")) {
            return Expect.ALLOWED;
        }
        if (path.startsWith("/ogcapi")) {
            return read ? Expect.ALLOWED : Expect.FORBIDDEN;
        }
        if (path.equals("/login") || path.equals("/") || path.equals("/embed") || path.startsWith("/countries")
                || path.startsWith("/observations") || path.startsWith("/schemes") || path.startsWith("/briefs")
                || path.startsWith("/podcasts") || path.startsWith("/collections") || path.equals("/search")
                || path.equals("/error") || path.equals("/about") || path.equals("/compare") || path.equals("/coverage")
                || path.equals("/contribute") || path.startsWith("/contribute/status")) {
            return Expect.ALLOWED;
        }
        throw new AssertionError("no access rule for " + route + ": add it to PermissionMatrixTests and the README");
    }

    static String concrete(String pattern) {
        return pattern.replace("{iso3}", "GHA").replace("{code}", "sdg_1_3_1")
                .replace("{type}", "observations").replaceAll("\\{transition[^}]*}", "submit")
                .replace("{id}", "1").replace("{revision}", "1").replaceAll("\\{[^}]+}", "x");
    }

    MockHttpServletRequestBuilder request(Route route, Who who) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), concrete(route.pattern()));
        if (route.method() != HttpMethod.GET) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf());
        }
        return switch (who) {
            case ANONYMOUS -> request;
            case RESEARCHER -> request.with(user("rita").roles("RESEARCHER"));
            case EDITOR -> request.with(user("edna").roles("EDITOR"));
            case ADMIN -> request.with(user("ada").roles("ADMIN"));
        };
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheRulesSay() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(30);
        for (Route route : routes) {
            for (Who who : Who.values()) {
                Expect expect = expected(route, who);
                int status;
                String location;
                try {
                    MvcResult result = mvc.perform(request(route, who)).andReturn();
                    status = result.getResponse().getStatus();
                    location = String.valueOf(result.getResponse().getRedirectedUrl());
                } catch (Exception e) {
                    status = 500;
                    location = e.getMessage();
                }
                boolean ok = switch (expect) {
                    case ALLOWED -> status < 500 && status != 401 && status != 403 && !location.endsWith("/login");
                    case SIGN_IN -> status == 302 && location.endsWith("/login");
                    case UNAUTHORIZED -> status == 401;
                    case FORBIDDEN -> status == 403;
                    case OWNER_ONLY -> status == 403 || status == 404;
                };
                if (!ok) {
                    wrong.add(route + " as " + who + ": expected " + expect + ", got " + status + " " + location);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Collections are curated like every other record: their public pages and API stay open to all, and each route
     * that writes one (the form, the JSON API, the workflow's moves) is among the routes above, so it needs a role.
     */
    @Test
    void collectionsAreReadByAllAndWrittenOnlyWithARole() throws Exception {
        List<Route> routes = routes();
        List<Route> writes = List.of(new Route(HttpMethod.GET, "/workspace/collections/new"),
                new Route(HttpMethod.GET, "/workspace/collections/{id}/edit"),
                new Route(HttpMethod.POST, "/workspace/collections"),
                new Route(HttpMethod.POST, "/workspace/collections/{id}"),
                new Route(HttpMethod.POST, "/api/collections"),
                new Route(HttpMethod.PUT, "/api/collections/{id}"));
        assertThat(routes).containsAll(writes).contains(new Route(HttpMethod.GET, "/collections"),
                new Route(HttpMethod.GET, "/collections/{slug}"), new Route(HttpMethod.GET, "/api/collections"),
                new Route(HttpMethod.GET, "/api/collections/{slug}"));
        for (Route write : writes) {
            assertThat(expected(write, Who.ANONYMOUS)).as(write.toString())
                    .isIn(Expect.SIGN_IN, Expect.UNAUTHORIZED);
        }
        for (String path : new String[] {"/collections", "/collections/child-care-in-markets", "/api/collections",
                "/api/collections/child-care-in-markets"}) {
            assertThat(mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(200);
        }
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/api/collections").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/workspace/collections/1/publish").with(csrf())
                .with(user("rita").roles("RESEARCHER"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /**
     * Submissions: anonymous visitors may send one (form or API) and read a status by its reference, nothing else;
     * the moderation queue, each submission with its contact details, the decisions and the export are editors'.
     */
    @Test
    void anonymousVisitorsSubmitAndFollowTheirStatusAndOnlyEditorsModerate() throws Exception {
        List<Route> routes = routes();
        List<Route> open = List.of(new Route(HttpMethod.GET, "/contribute"), new Route(HttpMethod.POST, "/contribute"),
                new Route(HttpMethod.GET, "/contribute/status/{reference}"),
                new Route(HttpMethod.POST, "/api/submissions"), new Route(HttpMethod.GET, "/api/submissions/{reference}"));
        List<Route> editors = List.of(new Route(HttpMethod.GET, "/workspace/review/submissions"),
                new Route(HttpMethod.GET, "/workspace/review/submissions/{id}"),
                new Route(HttpMethod.GET, "/workspace/review/submissions/export"),
                new Route(HttpMethod.POST, "/workspace/review/submissions/{id}/accept"),
                new Route(HttpMethod.POST, "/workspace/review/submissions/{id}/merge"),
                new Route(HttpMethod.POST, "/workspace/review/submissions/{id}/reject"));
        assertThat(routes).containsAll(open).containsAll(editors);
        for (Route route : open) {
            assertThat(expected(route, Who.ANONYMOUS)).as(route.toString()).isEqualTo(Expect.ALLOWED);
        }
        for (Route route : editors) {
            assertThat(expected(route, Who.ANONYMOUS)).as(route.toString()).isEqualTo(Expect.SIGN_IN);
            assertThat(expected(route, Who.RESEARCHER)).as(route.toString()).isEqualTo(Expect.FORBIDDEN);
            assertThat(expected(route, Who.EDITOR)).as(route.toString()).isEqualTo(Expect.ALLOWED);
        }
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/workspace/review/submissions/export"))
                .andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void everyFormPostNeedsItsCsrfToken() throws Exception {
        List<String> unprotected = new ArrayList<>();
        for (Route route : routes()) {
            if (route.method() == HttpMethod.POST && !route.pattern().startsWith("/api/")) {
                int status = mvc.perform(MockMvcRequestBuilders.post(concrete(route.pattern()))
                        .with(user("ada").roles("ADMIN"))).andReturn().getResponse().getStatus();
                if (status != 403) {
                    unprotected.add(route + " answered " + status + " without a CSRF token");
                }
            }
        }
        assertThat(unprotected).isEmpty();
        // and the login form itself
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/login").param("username", "x").param("password", "y"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
