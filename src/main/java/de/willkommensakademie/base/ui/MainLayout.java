package de.willkommensakademie.base.ui;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
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
 * filters by the routes' access annotations), grouped by purpose ({@link NavigationGroup}; a group shows only when it
 * has an entry for the person), a user menu with language switch, password change, "who viewed my data" and
 * logout, and the {@link FooterLink}s under the navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    /** Session attribute: the navigation groups the person has open, kept across pages and reloads. */
    private static final String OPEN_GROUPS = MainLayout.class.getName() + ".openGroups";

    private final transient CurrentUser currentUser;
    private final transient AccountStatus accountStatus;
    private final transient LanguagePreferenceStore languages;
    private final transient AuthenticationContext authentication;
    private final SideNav navigation = new SideNav();
    private final Map<NavigationGroup, SideNavItem> groups = new EnumMap<>(NavigationGroup.class);
    /** Menu path → its group, to open the group of the page shown. */
    private final Map<String, NavigationGroup> groupOfPath = new HashMap<>();

    MainLayout(CurrentUser currentUser, AccountStatus accountStatus, LanguagePreferenceStore languages,
            AuthenticationContext authentication, List<HeaderWidget> headerWidgets, List<FooterLink> footerLinks) {
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
                .sorted(Comparator.comparingInt(HeaderWidget::order))
                .forEach(widget -> header.add(widget.create()));
        header.add(userMenu());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        navigation.setLabel(getTranslation("layout.navigation"));
        navigation.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("layout.navigation.toggle")));
        Set<NavigationGroup> open = openGroups();
        // Groups appear in the order of their first entry, and only when the person has an entry in them.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            Optional<NavigationGroup> group = NavigationGroup.of(entry.order());
            if (group.isPresent()) {
                groupItem(group.get(), open).addItem(item);
                groupOfPath.put(entry.path().replaceFirst("^/", ""), group.get());
            } else {
                navigation.addItem(item);
            }
        }
        // Below the navigation, so every signed-in page reaches the privacy notice and accessibility statement.
        addToDrawer(brand, navigation, new PageFooter(footerLinks));
    }

    private SideNavItem groupItem(NavigationGroup group, Set<NavigationGroup> open) {
        return groups.computeIfAbsent(group, created -> {
            SideNavItem header = new SideNavItem(getTranslation(created.titleKey));
            header.setPrefixComponent(created.icon.create());
            header.setExpanded(open.contains(created));
            // Whatever the person opens or closes stays so on the next page and after a reload.
            header.getElement().addPropertyChangeListener("expanded", "expanded-changed",
                    event -> remember(created, header.isExpanded()));
            // Vaadin 25.2's item points its toggle's aria-controls at id "children" but never sets that id (axe:
            // aria-valid-attr-value, critical, once a group is open); give the list of entries the id it refers to.
            header.getElement().executeJs("Promise.resolve(this.updateComplete).then(() => {"
                    + " const list = this.shadowRoot && this.shadowRoot.querySelector('[part=children]');"
                    + " if (list && !list.id) { list.id = 'children'; } })");
            navigation.addItem(header);
            return header;
        });
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
        if (user.authorityId() != null) {
            sub.addItem(getTranslation("layout.access-log"),
                    event -> getUI().ifPresent(ui -> ui.navigate(AccountStatus.ACCESS_LOG_ROUTE)));
            sub.addItem(getTranslation("layout.my-data"),
                    event -> getUI().ifPresent(ui -> ui.navigate(AccountStatus.MY_DATA_ROUTE)));
        }
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

    /** The group holding the page being opened is shown open, so the current entry is visible. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        groupOfPath.entrySet().stream()
                .filter(entry -> path.equals(entry.getKey()) || path.startsWith(entry.getKey() + "/"))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .ifPresent(entry -> groups.get(entry.getValue()).setExpanded(true));
    }

    @SuppressWarnings("unchecked")
    private static Set<NavigationGroup> openGroups() {
        Object stored = VaadinSession.getCurrent().getAttribute(OPEN_GROUPS);
        return stored instanceof Set<?> set ? (Set<NavigationGroup>) set : EnumSet.noneOf(NavigationGroup.class);
    }

    private static void remember(NavigationGroup group, boolean expanded) {
        Set<NavigationGroup> open = EnumSet.noneOf(NavigationGroup.class);
        open.addAll(openGroups());
        if (expanded) {
            open.add(group);
        } else {
            open.remove(group);
        }
        VaadinSession.getCurrent().setAttribute(OPEN_GROUPS, open);
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
