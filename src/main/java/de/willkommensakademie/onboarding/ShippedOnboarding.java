package de.willkommensakademie.onboarding;

import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.ShippedFiles;
import de.willkommensakademie.base.content.ShippedContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The checklist templates shipped in {@code modules/}, published at every start; running checklists keep theirs. */
@Component
@Order(12)
class ShippedOnboarding extends ShippedContent<TemplateContent> {

    ShippedOnboarding(TemplateStore store) {
        super(store, "onboarding templates");
    }

    @Override
    protected List<Read<TemplateContent>> read() {
        return ShippedFiles.named(TemplateFileReader.FILE).stream().map(file -> {
            TemplateFileReader.Result result = TemplateFileReader.read(file.bytes());
            return new Read<>(file.location(), result.template(), Map.of(), result.problems());
        }).toList();
    }
}
