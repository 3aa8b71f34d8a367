package de.willkommensakademie.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.ExportFile;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds an export in the background: asks every feature's {@link PersonalDataExport} in turn (each part counted in
 * its own short transaction, so the page polling the export sees the progress), then stores the ZIP with
 * {@code summary.html}, one {@code <part>.json} per feature and the files in their folders. A failure marks the
 * export failed instead of leaving it running.
 */
@Component
class ExportBuilder {

    private static final Logger log = LoggerFactory.getLogger(ExportBuilder.class);

    private final List<PersonalDataExport> parts;
    private final ExportRequestRepository requests;
    private final Translations translations;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    ExportBuilder(List<PersonalDataExport> parts, ExportRequestRepository requests, Translations translations,
            Clock clock, PlatformTransactionManager transactions) {
        this.parts = parts.stream().sorted(Comparator.comparing(PersonalDataExport::name)).toList();
        this.requests = requests;
        this.translations = translations;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    int partCount() {
        return parts.size();
    }

    void build(long exportId, DataSubject subject) {
        String current = "";
        try {
            Map<String, PersonalData> collected = new LinkedHashMap<>();
            for (PersonalDataExport part : parts) {
                current = part.name();
                collected.put(part.name(), part.export(subject));
                ownTransaction.executeWithoutResult(status -> requests.findById(exportId)
                        .ifPresent(ExportRequest::partDone));
            }
            current = "zip";
            byte[] zip = zip(subject, collected);
            ownTransaction.executeWithoutResult(status -> requests.findById(exportId)
                    .ifPresent(request -> request.finish(zip, clock.instant())));
        } catch (RuntimeException failure) {
            // logged without content: the export's data must not end up in the server log
            log.error("Personal data export {} failed in part {}: {}", exportId, current, failure.getClass().getName());
            log.debug("Personal data export {} failed", exportId, failure);
            ownTransaction.executeWithoutResult(status -> requests.findById(exportId)
                    .ifPresent(request -> request.fail(clock.instant())));
        }
    }

    private byte[] zip(DataSubject subject, Map<String, PersonalData> collected) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(out, "summary.html", SummaryPage.render(translations, subject.language(), subject.displayName(),
                    clock.instant().toString(), collected).getBytes(StandardCharsets.UTF_8));
            for (var part : collected.entrySet()) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.putAll(part.getValue().records());
                document.put("files", part.getValue().files().stream().map(ExportFile::path).toList());
                entry(out, part.getKey() + ".json", json.writeValueAsBytes(document));
                for (ExportFile file : part.getValue().files()) {
                    entry(out, file.path(), file.content());
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
