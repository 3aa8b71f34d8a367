package de.willkommensakademie.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommensakademie.base.i18n.LanguagePreferenceStore;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: side navigation built from {@code @Menu} routes the person may open (Vaadin
 * filters by the routes' access annotations), and a user menu with language switch, password change and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;
    private final transient AccountStatus accountStatus;
    private final transient LanguagePreferenceStore languages;
    private final transient AuthenticationContext authentication;

    MainLayout(CurrentUser currentUser, AccountStatus accountStatus, LanguagePreferenceStore languages,
            AuthenticationContext authentication, java.util.List<HeaderWidget> headerWidgets) {
        this.currentUser = currentUser;
        this.accountStatus = accountStatus;
        this.languages = languages;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(toggle, title);
        AppUser user = currentUser.require();
        headerWidgets.stream().filter(widget -> widget.appliesTo(user))
                .sorted(java.util.Comparator.comparingInt(HeaderWidget::order))
                .forEach(widget -> header.add(widget.create()));
        header.add(userMenu());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        SideNav navigation = new SideNav();
        navigation.setLabel(getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            navigation.addItem(item);
        }
        addToDrawer(brand, navigation);
    }

    private MenuBar userMenu() {
        AppUser user = currentUser.require();
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("layout.user-menu"));
        MenuItem root = menu.addItem(user.displayName());
        SubMenu sub = root.getSubMenu();
        SubMenu language = sub.addItem(getTranslation("layout.language")).getSubMenu();
        for (Locale locale : Translations.SUPPORTED) {
            MenuItem item = language.addItem(getTranslation("language." + locale.getLanguage()),
                    event -> switchLanguage(locale));
            item.setCheckable(true);
            item.setChecked(locale.equals(getLocale()));
        }
        sub.addItem(getTranslation("layout.change-password"),
                event -> getUI().ifPresent(ui -> ui.navigate(AccountStatus.CHANGE_PASSWORD_ROUTE)));
        sub.addItem(getTranslation("layout.logout"), event -> authentication.logout());
        return menu;
    }

    private void switchLanguage(Locale locale) {
        languages.storeLanguageOfCurrentUser(locale);
        VaadinSession.getCurrent().setLocale(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    /** Each view's root is the page's main landmark, so screen readers can jump straight to it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        boolean mustCheck = currentUser.require().passwordChangeRequired() && session.getAttribute(AccountStatus.PASSWORD_CHECKED_ATTRIBUTE) == null;
        if (!mustCheck || event.getLocation().getPath().equals(AccountStatus.CHANGE_PASSWORD_ROUTE)) {
            return;
        }
        if (accountStatus.passwordChangeRequired()) {
            event.forwardTo(AccountStatus.CHANGE_PASSWORD_ROUTE);
        } else {
            session.setAttribute(AccountStatus.PASSWORD_CHECKED_ATTRIBUTE, Boolean.TRUE);
        }
    }
}
