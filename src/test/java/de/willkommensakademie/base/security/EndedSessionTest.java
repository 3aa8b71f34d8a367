package de.willkommensakademie.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EndedSessionTest {

    private final EndedSession.Filter filter = new EndedSession.Filter();

    @Test
    void a_page_request_with_an_unknown_session_gets_a_new_session_with_the_mark() throws Exception {
        MockHttpServletRequest request = request("/scenarios/attempt/7", "gone", false);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(request.getSession(false)).isNotNull();
        assertThat(request.getSession(false).getAttribute(EndedSession.ATTRIBUTE)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void a_valid_session_and_a_first_visit_are_left_alone() throws Exception {
        MockHttpServletRequest valid = request("/", "known", true);
        filter.doFilter(valid, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(valid.getSession(false)).isNull();

        MockHttpServletRequest first = request("/login", null, false);
        filter.doFilter(first, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(first.getSession(false)).isNull();
    }

    @Test
    void machines_get_no_session() throws Exception {
        for (String path : new String[] {"/api/verify/ABCD", "/actuator/health", "/scim/v2/Users"}) {
            MockHttpServletRequest request = request(path, "gone", false);
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(request.getSession(false)).as(path).isNull();
        }
    }

    private static MockHttpServletRequest request(String path, String sessionId, boolean valid) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestedSessionId(sessionId);
        request.setRequestedSessionIdValid(valid);
        return request;
    }
}
