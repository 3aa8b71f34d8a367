package de.willkommensakademie.people.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.HomeWidget;
import de.willkommensakademie.people.AuthorityService;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.TeamService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The people feature's cards on the start page, one per role. */
@Configuration
class HomeCards {

    @Bean
    HomeWidget profileCard(MyAccount account) {
        return widget(10, user -> !user.isOperator(), () -> {
            var profile = account.myProfile();
            var locale = UI.getCurrent().getLocale();
            UnorderedList facts = new UnorderedList();
            facts.add(new ListItem(tr("home.profile.team", profile.teamName() == null ? tr("home.none") : profile.teamName())));
            facts.add(new ListItem(tr("home.profile.job-role",
                    profile.jobRole() == null ? tr("home.none") : profile.jobRole().name(locale))));
            if (profile.startDate() != null) {
                facts.add(new ListItem(tr("home.profile.start-date",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(profile.startDate()))));
            }
            facts.add(new ListItem(tr("home.profile.managers",
                    profile.managerNames().isEmpty() ? tr("home.none") : String.join(", ", profile.managerNames()))));
            return card("home.profile.title", facts);
        });
    }

    @Bean
    HomeWidget managerCard(TeamService teams) {
        return widget(20, user -> user.hasRole(Role.MANAGER), () -> {
            UnorderedList list = new UnorderedList();
            teams.myTeams().forEach(team -> list.add(new ListItem(tr("home.teams.line", team.name(), team.activeMembers()))));
            Component body = list.getChildren().findAny().isPresent() ? list : new Paragraph(tr("home.teams.none"));
            return card("home.teams.title", body, new Anchor("team", tr("nav.my-team")));
        });
    }

    @Bean
    HomeWidget adminCard(EmployeeService employees) {
        return widget(30, user -> user.hasRole(Role.ADMIN), () -> {
            var figures = employees.figures();
            UnorderedList list = new UnorderedList(
                    new ListItem(tr("home.admin.active", figures.activeEmployees())),
                    new ListItem(tr("home.admin.teams", figures.teams())),
                    new ListItem(tr("home.admin.starting-soon", figures.startingSoon())),
                    new ListItem(tr("home.admin.without-team", figures.withoutTeam())),
                    new ListItem(tr("home.admin.locked", figures.lockedAccounts())));
            return card("home.admin.title", list, new Anchor("admin/employees", tr("nav.employees")),
                    new Anchor("admin/import", tr("nav.import")));
        });
    }

    @Bean
    HomeWidget operatorCard(AuthorityService authorities) {
        return widget(40, AppUser::isOperator, () -> card("home.operator.title",
                new Paragraph(tr("home.operator.count", authorities.count())),
                new Anchor("operator/authorities", tr("nav.authorities"))));
    }

    private static String tr(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }

    private static Section card(String titleKey, Component... content) {
        Section card = new Section(new H3(tr(titleKey)));
        card.addClassName("card");
        Div body = new Div(content);
        body.addClassName("card-body");
        card.add(body);
        return card;
    }

    private static HomeWidget widget(int order, Predicate<AppUser> appliesTo,
            Supplier<Component> create) {
        return new HomeWidget() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean appliesTo(AppUser user) {
                return appliesTo.test(user);
            }

            @Override
            public Component create() {
                return create.get();
            }
        };
    }
}
