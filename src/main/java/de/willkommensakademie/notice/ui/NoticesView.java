package de.willkommensakademie.notice.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.notice.NoticeItem;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.MyAccount;
import jakarta.annotation.security.RolesAllowed;

/** The person's notices, newest first; opening one marks it read and goes where it points. */
@Route("notices")
@RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
class NoticesView extends VerticalLayout implements TranslatedTitle {

    private final transient NoticeService notices;
    private final UnorderedList list = new UnorderedList();

    NoticesView(NoticeService notices, MyAccount employees, CurrentUser currentUser) {
        this.notices = notices;
        addClassName("page");
        Checkbox digest = new Checkbox(getTranslation("notice.digest"), employees.myEmailDigest());
        digest.setHelperText(getTranslation("notice.digest.helper"));
        digest.addValueChangeListener(event -> {
            employees.changeMyEmailDigest(event.getValue());
            Notifications.success(getTranslation(event.getValue() ? "notice.digest.on" : "notice.digest.off"));
        });
        Button allRead = new Button(getTranslation("notice.all-read"), event -> {
            notices.markAllRead();
            show();
        });
        list.addClassName("notice-list");
        add(new H2(getTranslation("notice.title")), digest);
        if (currentUser.require().hasRole(Role.MANAGER)) {
            add(teamDigest(employees));
        }
        add(allRead, list);
        show();
    }

    /** Managers: the weekly e-mail about their teams, next to the daily one. */
    private Checkbox teamDigest(MyAccount employees) {
        Checkbox teamDigest = new Checkbox(getTranslation("team.digest.setting"), employees.myTeamDigest());
        teamDigest.setHelperText(getTranslation("team.digest.setting.helper"));
        teamDigest.addValueChangeListener(event -> {
            employees.changeMyTeamDigest(event.getValue());
            Notifications.success(getTranslation(event.getValue() ? "team.digest.setting.on"
                    : "team.digest.setting.off"));
        });
        return teamDigest;
    }

    private void show() {
        list.removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var items = notices.mine();
        if (items.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("notice.none"))));
        }
        for (NoticeItem item : items) {
            String text = getTranslation(item.messageKey(), item.arguments().toArray());
            Span what = new Span((item.read() ? "" : getTranslation("notice.unread") + ": ") + text + " – "
                    + format.format(item.createdAt()));
            ListItem entry = new ListItem(what);
            if (!item.read()) {
                entry.addClassName("unread");
            }
            if (item.link() != null) {
                Button open = new Button(getTranslation("notice.open"), event -> {
                    notices.markRead(item.id());
                    getUI().ifPresent(ui -> navigate(ui, item.link()));
                });
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                open.setAriaLabel(getTranslation("notice.open") + ": " + text);
                entry.add(open);
            }
            list.add(entry);
        }
    }

    /** A link may name a tab or filter of its page ("languages/team?tab=requests"). */
    private static void navigate(UI ui, String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            ui.navigate(link);
        } else {
            ui.navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }

    @Override
    public String titleKey() {
        return "notice.title";
    }
}
