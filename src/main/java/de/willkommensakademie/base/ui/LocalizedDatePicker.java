package de.willkommensakademie.base.ui;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/** A date picker whose month and day names, week start and date format follow the person's language. */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker(String label, Locale locale) {
        super(label);
        setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek() == DayOfWeek.MONDAY ? 1 : 0);
        i18n.setToday(getTranslation("date-picker.today"));
        i18n.setCancel(getTranslation("action.cancel"));
        i18n.setDateFormat(getTranslation("date-picker.format"));
        setI18n(i18n);
        setHelperText(getTranslation("date-picker.helper"));
    }
}
