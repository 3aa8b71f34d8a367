package de.willkommensakademie.onboarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.onboarding.OnboardingTemplates;
import de.willkommensakademie.onboarding.PreviewLine;
import de.willkommensakademie.people.FederalState;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** An admin sets the authority's federal state; due dates then skip that state's public holidays. */
class HolidaySettingsTest extends KaribuTest {

    /** Monday before Fronleichnam 2027 (Thursday 27 May), a holiday in Bavaria but not in Saxony. */
    private static final LocalDate START = LocalDate.of(2027, 5, 24);

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_chooses_the_federal_state_and_due_dates_skip_its_holidays() {
        // the class's own authority, which this test moves to Saxony and then to Bavaria for good
        login(ownAuthority().admin());
        UI.getCurrent().navigate("onboarding/templates");
        Select<FederalState> state = _get(Select.class, spec -> spec.withLabel("Bundesland der Behörde"));
        _setValue(state, FederalState.SN);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(dueOnDayThree()).as("no holiday in Saxony").isEqualTo(LocalDate.of(2027, 5, 27));

        UI.getCurrent().navigate("onboarding/templates");
        state = _get(Select.class, spec -> spec.withLabel("Bundesland der Behörde"));
        assertThat(state.getValue()).isEqualTo(FederalState.SN);

        _setValue(state, FederalState.BY);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains(
                "Das Bundesland wurde gespeichert. Neue Einarbeitungslisten berücksichtigen seine Feiertage.");
        assertThat(dueOnDayThree()).as("Fronleichnam in Bavaria: the day before").isEqualTo(LocalDate.of(2027, 5, 26));
        var changes = context.getBean(AuditLog.class).find(
                AuditAction.AUTHORITY_STATE_CHANGED,
                PageRequest.of(0, 1));
        assertThat(changes).as("the change is audited, in the reader's language").first()
                .extracting(AuditRecord::details)
                .isEqualTo("von „Sachsen“ zu „Bayern“");

        UI.getCurrent().navigate("onboarding/templates");
        assertThat(_get(Select.class, spec -> spec.withLabel("Bundesland der Behörde")).getValue())
                .isEqualTo(FederalState.BY);
    }

    @Test
    void trainers_see_the_templates_but_not_the_holiday_setting() {
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("onboarding/templates");
        assertThat(_find(Select.class)).isEmpty();
    }

    private LocalDate dueOnDayThree() {
        OnboardingTemplates templates = context.getBean(OnboardingTemplates.class);
        long frontOffice = templates.list().stream().filter(summary -> summary.jobRoleCode().equals("front-office"))
                .findFirst().orElseThrow().id();
        return templates.preview(frontOffice, START, Locale.GERMAN).stream()
                .filter(line -> line.offsetDays() == 3).map(PreviewLine::due).findFirst().orElseThrow();
    }
}
