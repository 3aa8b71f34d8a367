package de.willkommensakademie.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** "Meine Daten" and the administrators' export page, clicked through as a person would. */
class MyDataViewTest extends KaribuTest {

    @Test
    void a_person_collects_their_data_and_downloads_the_zip_once() throws IOException {
        TestAuthority authority = ownAuthority();
        login(authority.employee());
        UI.getCurrent().navigate("my/data");

        _click(_get(Button.class, spec -> spec.withText("Meine Daten zusammenstellen")));

        ProgressBar bar = _get(ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getValue()).isEqualTo(bar.getMax());
        _get(Paragraph.class, spec -> spec.withText("Die Datei ist fertig."));
        Anchor link = _get(Anchor.class, spec -> spec.withText("ZIP-Datei herunterladen"));
        assertThat(link.getElement().getAttribute("aria-label")).startsWith("ZIP-Datei herunterladen: personal-data-"
                + authority.employee().username());

        byte[] zip = DownloadKt._download(link);
        assertThat(names(zip)).contains("summary.html", "people.json", "learning.json", "audit.json");
        MockVaadin.clientRoundtrip(false);
        assertThat(link.isVisible()).as("fetched once, the link goes").isFalse();
        _get(Paragraph.class, spec -> spec.withText("Die Datei wurde heruntergeladen und auf dem Server gelöscht."));
        // the address of the link still works in a browser that kept it (a second tab): it finds nothing
        assertThatThrownBy(() -> DownloadKt.download(link)).as("a second download finds nothing")
                .satisfies(failure -> assertThat(causes(failure)).anyMatch(RecordNotFoundException.class::isInstance));
    }

    @Test
    void an_administrator_collects_the_data_of_a_person_of_the_authority() throws IOException {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        UI.getCurrent().navigate("admin/personal-data");
        Button start = _get(Button.class, spec -> spec.withText("Daten der Person zusammenstellen"));
        assertThat(start.isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<EmployeeRow> person = _get(ComboBox.class, spec -> spec.withLabel("Person"));
        EmployeeRow buddy = context.getBean(EmployeeService.class).find(new EmployeeFilter(authority.buddy()
                .username(), null, null, null, null), PageRequest.of(0, 10)).getFirst();
        person.setValue(buddy);
        _click(start);

        byte[] zip = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("ZIP-Datei herunterladen")));
        assertThat(names(zip)).contains("summary.html", "people.json");
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static List<String> names(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
