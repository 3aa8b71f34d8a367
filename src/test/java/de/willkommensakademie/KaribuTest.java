package de.willkommensakademie;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browserless UI tests: the whole application with demo data, Vaadin mocked by Karibu, routes discovered
 * once. {@link #login(String)} signs a user in and opens a fresh UI, as a real login would: a demo user, or a person
 * of the class's {@link #ownAuthority()}.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService accounts;

    /** Karibu's own discovery sees only public classes; our views are package-private, so Spring's scanner finds them. */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() throws ClassNotFoundException {
        if (routes != null) {
            return;
        }
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("de.willkommensakademie")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Route.class) || type.isAnnotationPresent(Layout.class)) {
                views.add((Class<? extends Component>) type);
            } else {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            }
        }
        routes = new Routes(views, errorViews, true);
        // Every mock request carries whoever is signed in, as Spring Security's request wrapper does in production.
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
                request.setUserPrincipalInt(authentication);
                request.setUserInRole((principal, role) -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
            }
            return request;
        });
    }

    @BeforeEach
    void startVaadin() {
        SecurityContextHolder.clearContext();
        setUpUi();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the user in and starts a new UI for them, so layout, menu and language are theirs. */
    protected AppUser login(String username) {
        AppUser user = (AppUser) accounts.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.tearDown();
        setUpUi();
        return user;
    }

    /** Signs in a person of the test class's own authority, as {@link #login(String)} does. */
    protected AppUser login(TestAuthority.Person person) {
        return login(person.username());
    }

    /**
     * The test class's own authority (created on first use, once per class and database), for tests that change
     * data: what they do there cannot disturb, or be disturbed by, another class.
     */
    protected TestAuthority ownAuthority() {
        return TestAuthority.of(context, getClass());
    }

    /**
     * Clicks like a browser would: Karibu hands listener exceptions straight to the test, while a real round trip
     * gives them to the session's error handler, which shows the translated notification.
     */
    protected static void clickThroughErrorHandler(Button button) {
        try {
            LocatorJ._click(button);
        } catch (RuntimeException failure) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        }
    }

    /** The texts of all open notifications, whether plain or built from components (our error notifications). */
    protected static List<String> notificationTexts() {
        return LocatorJ._find(Notification.class)
                .stream().map(notification -> {
                    String plain = notification.getElement().getProperty("text", "");
                    return plain.isEmpty() ? notification.getElement().getTextRecursively()
                            .replace(I18NProvider.translate("action.close"), "").strip() : plain;
                }).toList();
    }

    /** Signs out and starts a new anonymous UI, as a visitor without an account sees the application. */
    protected void signOut() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        setUpUi();
    }

    private void setUpUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }
}
