package de.willkommensakademie.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.TestFiles;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.LevelForm;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.ScenarioLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every upload field speaks the person's language, names what it takes, and a refusal says what is wrong. Levels,
 * evidence, modules and role-plays are stored by people of an authority of the class's own.
 */
class UploadFieldsTest extends KaribuTest {

    @Autowired
    private UserDetailsService accounts;
    @Autowired
    private LanguageRegister register;
    @Autowired
    private ModuleLibrary modules;
    @Autowired
    private ScenarioLibrary scenarios;

    private TestAuthority authority;

    @BeforeEach
    void createOwnAuthority() {
        authority = ownAuthority();
    }

    @Test
    void every_upload_field_shows_german_texts_in_the_german_ui() {
        Map<String, UploadI18N> fields = everyUploadField(Locale.GERMAN);
        assertThat(fields).hasSize(9);
        fields.forEach((where, texts) -> {
            assertThat(texts.getAddFiles().getOne()).as(where).isEqualTo("Datei auswählen …");
            assertThat(texts.getDropFiles().getOne()).as(where).startsWith("oder hierher ziehen (")
                    .contains(", höchstens ");
            assertThat(texts.getError().getFileIsTooBig()).as(where).startsWith("Die Datei ist zu groß");
            assertThat(texts.getError().getIncorrectFileType()).as(where)
                    .startsWith("Diese Art von Datei wird hier nicht angenommen. Erlaubt: ");
            assertThat(texts.getFile().getRemove()).as(where).isEqualTo("Entfernen");
        });
        assertThat(fields.get("evidence").getDropFiles().getOne())
                .isEqualTo("oder hierher ziehen (PDF, PNG, JPEG, höchstens 5 MB)");
        assertThat(fields.get("logo").getDropFiles().getOne())
                .isEqualTo("oder hierher ziehen (PNG, JPEG, höchstens 1 MB)");
        assertThat(fields.get("scene picture").getDropFiles().getOne()).contains("(PNG, JPEG, höchstens ");
        assertThat(fields.get("module image").getDropFiles().getOne()).contains("(PNG, JPEG, höchstens ");
        assertThat(fields.get("csv").getDropFiles().getOne()).contains("(CSV, höchstens ");
        assertThat(fields.get("module zip").getDropFiles().getOne()).contains("(ZIP, höchstens ");
        assertThat(fields.get("twee").getDropFiles().getOne()).contains("(Twee, höchstens ");
        assertThat(fields.get("questionnaire yaml").getDropFiles().getOne()).contains("(YAML, höchstens ");
    }

    @Test
    void every_upload_field_shows_english_texts_in_the_english_ui() {
        Map<String, UploadI18N> fields = everyUploadField(Locale.ENGLISH);
        assertThat(fields).hasSize(9);
        fields.forEach((where, texts) -> {
            assertThat(texts.getAddFiles().getOne()).as(where).isEqualTo("Choose file …");
            assertThat(texts.getDropFiles().getOne()).as(where).startsWith("or drop it here (")
                    .contains(", at most ");
            assertThat(texts.getError().getFileIsTooBig()).as(where).startsWith("The file is too large");
        });
        assertThat(fields.get("evidence").getDropFiles().getOne())
                .isEqualTo("or drop it here (PDF, PNG, JPEG, at most 5 MB)");
    }

    @Test
    void an_svg_as_evidence_is_refused_as_the_wrong_kind_not_as_too_large() {
        Upload upload = evidenceUpload();
        UploadI18N texts = upload.getI18n();
        // What the browser sends when its file filter refuses the file before uploading it.
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, texts.getError().getIncorrectFileType(),
                "sprachzertifikat.svg"));
        assertThat(notificationTexts()).containsExactly("SVG-Dateien werden hier nicht angenommen. "
                + "Erlaubt: PDF, PNG, JPEG.");

        closeNotifications();
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, texts.getError().getFileIsTooBig(),
                "scan.pdf"));
        assertThat(notificationTexts()).containsExactly("Die Datei ist zu groß: erlaubt sind höchstens 5 MB.");

        // An SVG renamed to .pdf passes the browser's filter; the server names what it really is.
        closeNotifications();
        uploadThroughErrorHandler(upload, "sprachzertifikat.pdf", TestFiles.svg());
        assertThat(notificationTexts()).containsExactly("SVG-Dateien werden hier nicht angenommen. "
                + "Erlaubt: PDF, PNG, JPEG.");

        closeNotifications();
        uploadThroughErrorHandler(evidenceUpload(), "zertifikat.pdf", TestFiles.ascii(
                "%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF"));
        assertThat(notificationTexts()).singleElement().asString()
                .startsWith("Die Datei sieht aus wie eine PDF-Datei, lässt sich aber nicht vollständig lesen");

        closeNotifications();
        uploadThroughErrorHandler(evidenceUpload(), "zertifikat.pdf", TestFiles.pdf());
        assertThat(notificationTexts()).contains(I18NProvider.translate("language.document-saved"));
    }

    @Test
    void a_png_signature_followed_by_html_is_refused_as_a_module_image_and_a_real_png_is_stored() {
        login(authority.trainer());
        SignedIn.as(accounts, authority.trainer());
        long id = modules.create("Zz Bildprüfung", "Zz Picture check");
        UI.getCurrent().navigate("modules/edit/" + id);
        _click(_get(Button.class, spec -> spec.withText("+ Bild")));
        uploadThroughErrorHandler(_get(Upload.class), "bild.png",
                TestFiles.signatureThenHtml(TestFiles.png(4, 4), 8));
        assertThat(notificationTexts()).singleElement().asString()
                .startsWith("Die Datei sieht aus wie eine PNG-Datei, lässt sich aber nicht vollständig lesen");
        closeNotifications();
        uploadThroughErrorHandler(_get(Upload.class), "bild.png", TestFiles.png(4, 4));
        assertThat(notificationTexts()).isEmpty();
        assertThat(_find(Paragraph.class).stream()
                .map(Paragraph::getText))
                .contains(I18NProvider.translate("editor.image-stored"));
    }

    /** The upload texts of every screen with an upload, visited in the given language. */
    private Map<String, UploadI18N> everyUploadField(Locale locale) {
        Map<String, UploadI18N> fields = new LinkedHashMap<>();
        open(authority.employee(), locale, "languages");
        ensureLevel();
        open(authority.employee(), locale, "languages");
        fields.put("evidence", _find(Upload.class).getFirst().getI18n());

        SignedIn.as(accounts, authority.trainer());
        long scenario = scenarios.create("Zz Hochladen " + locale, "Zz Upload " + locale);
        long module = modules.create("Zz Hochladen " + locale, "Zz Upload " + locale);
        open(authority.trainer(), locale, "scenarios/edit/" + scenario);
        fields.put("scene picture", _get(Upload.class).getI18n());
        open(authority.trainer(), locale, "modules/edit/" + module);
        _click(_get(Button.class, spec -> spec.withText(I18NProvider.translate("editor.add.IMAGE"))));
        fields.put("module image", _get(Upload.class).getI18n());
        open(authority.trainer(), locale, "modules");
        _click(_get(Button.class, spec -> spec.withText(I18NProvider.translate("module.import"))));
        fields.put("module zip", _get(Upload.class).getI18n());
        open(authority.trainer(), locale, "scenarios/library");
        _click(_get(Button.class, spec -> spec.withText(I18NProvider.translate("scenario.import"))));
        fields.put("scenario zip", _get(Upload.class).getI18n());
        open(authority.trainer(), locale, "scenarios/library");
        _click(_get(Button.class, spec -> spec.withText(I18NProvider.translate("scenario.import-twee"))));
        fields.put("twee", _get(Upload.class).getI18n());
        open(authority.trainer(), locale, "questionnaires");
        _click(_get(Button.class, spec -> spec.withText(I18NProvider.translate("assessment.content.import"))));
        fields.put("questionnaire yaml", _get(Upload.class).getI18n());

        open(authority.admin(), locale, "admin/certificates");
        fields.put("logo", _get(Upload.class).getI18n());
        open(authority.admin(), locale, "admin/import");
        fields.put("csv", _get(Upload.class).getI18n());
        return fields;
    }

    private void open(Person person, Locale locale, String route) {
        login(person);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(route);
    }

    private Upload evidenceUpload() {
        login(authority.employee());
        ensureLevel();
        login(authority.employee());
        UI.getCurrent().navigate("languages");
        return _find(Upload.class).getFirst();
    }

    private void ensureLevel() {
        if (register.myLevels().isEmpty()) {
            register.saveLevel(new LevelForm("fr", Cefr.B1, null, null, null, null, Evidence.TELC,
                    LocalDate.now().minusMonths(1)));
        }
    }

    /** A real round trip hands a failure in the upload's UI task to the session's error handler. */
    private static void uploadThroughErrorHandler(Upload upload, String fileName, byte[] data) {
        try {
            UploadKt._upload(upload, fileName, "application/octet-stream", data);
        } catch (Exception failure) { // Karibu rethrows the UI task's ExecutionException unchecked
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        }
    }

    private static void closeNotifications() {
        _find(Notification.class)
                .forEach(notification -> notification.getElement().removeFromParent());
    }
}
