package de.willkommensakademie.audit.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import org.springframework.data.domain.Pageable;

/**
 * What the administrators' logs (audit log, access log) share: a wrapping filter bar that ends in a range of days,
 * a grid that loads page by page what passes the filter, and a CSV download of exactly what is filtered. Each log
 * brings its own filter fields, filter record, columns and service calls.
 *
 * @param <R> one shown entry
 * @param <F> the log's filter
 */
abstract class LogPage<R, F> extends VerticalLayout {

    final Grid<R> grid = new Grid<>();
    final DateTimeFormatter when;
    private final LocalizedDatePicker from;
    private final LocalizedDatePicker to;
    /** The filter as last set in the UI; the CSV download reads it outside the UI's lock. */
    private volatile F filter;

    LogPage(F none) {
        this.filter = none;
        addClassName("page");
        setSizeFull();
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        from = new LocalizedDatePicker(getTranslation("audit.filter.from"), getLocale());
        to = new LocalizedDatePicker(getTranslation("audit.filter.to"), getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        to.setHelperText(getTranslation("audit.filter.helper"));
        // Neither end of the range can be set past the other.
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));
    }

    LocalDate from() {
        return from.getValue();
    }

    LocalDate to() {
        return to.getValue();
    }

    /**
     * Lays the page out: heading and explanation, the filter bar (the log's own fields, then the range of days), the
     * CSV download and the grid. Every change of a field reads the filter again and reloads the grid; the grid asks
     * only for the page it shows and for the count, never for everything.
     */
    void layOut(List<Component> intro, List<? extends HasValue<?, ?>> fields, Supplier<F> readFilter,
            BiFunction<F, Pageable, List<R>> page, ToLongFunction<F> count, String fileName,
            Function<F, byte[]> csv) {
        grid.setItems(query -> page.apply(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count.applyAsLong(filter));
        FlexLayout bar = new FlexLayout();
        fields.forEach(field -> bar.add((Component) field));
        bar.add(from, to);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        for (HasValue<?, ?> field : concat(fields)) {
            field.addValueChangeListener(event -> {
                filter = readFilter.get();
                grid.getDataProvider().refreshAll();
            });
        }
        intro.forEach(this::add);
        add(bar, FileTransfer.download(getTranslation("audit.export"), null, fileName, "text/csv",
                () -> csv.apply(filter)), grid);
        setFlexGrow(1, grid);
    }

    private List<HasValue<?, ?>> concat(List<? extends HasValue<?, ?>> fields) {
        List<HasValue<?, ?>> all = new ArrayList<>(fields);
        all.add(from);
        all.add(to);
        return all;
    }
}
