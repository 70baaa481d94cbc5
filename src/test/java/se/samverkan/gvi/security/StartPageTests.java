package se.samverkan.gvi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Where a user lands after signing in on the pages, by role (docs/pages.md): an auditor at the
 * decision log, an admin at the groups, a national analyst with no site role at the national
 * overview, every reader of cases at the inbox, also one who is a national analyst as well.
 */
class StartPageTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "COORDINATOR, /",
        "LIAISON, /",
        "AUDITOR, /audit",
        "ADMIN, /groups",
        "NATIONAL_ANALYST, /national",
        "NATIONAL_ANALYST COORDINATOR, /",
        "NATIONAL_ANALYST LEGAL_REVIEWER, /",
        "NATIONAL_ANALYST AUDITOR, /audit"
    })
    void aUserLandsOnThePageOfTheirRole(String roles, String page) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        MockHttpServletResponse response = new MockHttpServletResponse();
        UsernamePasswordAuthenticationToken user = UsernamePasswordAuthenticationToken.authenticated(
                "someone",
                null,
                Arrays.stream(roles.split(" "))
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());

        WebPageSecurityConfiguration.startPage().onAuthenticationSuccess(request, response, user);

        assertThat(response.getRedirectedUrl()).isEqualTo(page);
    }
}
