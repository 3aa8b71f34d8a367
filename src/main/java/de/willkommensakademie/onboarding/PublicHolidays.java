package de.willkommensakademie.onboarding;

import static de.willkommensakademie.people.FederalState.BB;
import static de.willkommensakademie.people.FederalState.BE;
import static de.willkommensakademie.people.FederalState.BW;
import static de.willkommensakademie.people.FederalState.BY;
import static de.willkommensakademie.people.FederalState.HB;
import static de.willkommensakademie.people.FederalState.HE;
import static de.willkommensakademie.people.FederalState.HH;
import static de.willkommensakademie.people.FederalState.MV;
import static de.willkommensakademie.people.FederalState.NI;
import static de.willkommensakademie.people.FederalState.NW;
import static de.willkommensakademie.people.FederalState.RP;
import static de.willkommensakademie.people.FederalState.SH;
import static de.willkommensakademie.people.FederalState.SL;
import static de.willkommensakademie.people.FederalState.SN;
import static de.willkommensakademie.people.FederalState.ST;
import static de.willkommensakademie.people.FederalState.TH;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import de.willkommensakademie.people.FederalState;

/**
 * The statutory public holidays of a German federal state, from the Länder's holiday laws (Feiertagsgesetze) as of
 * 2026. Holidays of single towns or of some municipalities only are left out on purpose: Augsburger Friedensfest
 * (8 Aug, Augsburg), Mariä Himmelfahrt in Bavaria (municipalities with a Catholic majority), Fronleichnam in parts
 * of Saxony and Thuringia. Sundays that are holidays (Easter and Whit Sunday in Brandenburg) need no entry. Without a
 * state, only the nine nationwide holidays count.
 * <p>
 * Written by hand because no maintained holiday library resolved from the Maven repository here (the Jollyday line
 * {@code de.focus-shift:jollyday-jaxb} was tried); a change in a state's law is one line below.
 */
final class PublicHolidays {

    private static final Set<FederalState> EPIPHANY = EnumSet.of(BW, BY, ST);
    private static final Set<FederalState> WOMENS_DAY = EnumSet.of(BE, MV);
    private static final Set<FederalState> CORPUS_CHRISTI = EnumSet.of(BW, BY, HE, NW, RP, SL);
    private static final Set<FederalState> ASSUMPTION = EnumSet.of(SL);
    private static final Set<FederalState> CHILDRENS_DAY = EnumSet.of(TH);
    private static final Set<FederalState> REFORMATION_DAY = EnumSet.of(BB, HB, HH, MV, NI, SN, ST, SH, TH);
    private static final Set<FederalState> ALL_SAINTS = EnumSet.of(BW, BY, NW, RP, SL);
    private static final Set<FederalState> REPENTANCE_DAY = EnumSet.of(SN);

    private PublicHolidays() {
    }

    static boolean isHoliday(LocalDate date, FederalState state) {
        return of(date.getYear(), state).contains(date);
    }

    /** Every statutory holiday of the year in the state (nationwide ones only for {@code null}). */
    static Set<LocalDate> of(int year, FederalState state) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate easter = easterSunday(year);
        days.add(LocalDate.of(year, 1, 1));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, 10, 3));
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        if (state == null) {
            return days;
        }
        addIf(days, EPIPHANY, state, MonthDay.of(1, 6).atYear(year));
        addIf(days, WOMENS_DAY, state, MonthDay.of(3, 8).atYear(year));
        addIf(days, CORPUS_CHRISTI, state, easter.plusDays(60));
        addIf(days, ASSUMPTION, state, MonthDay.of(8, 15).atYear(year));
        addIf(days, CHILDRENS_DAY, state, MonthDay.of(9, 20).atYear(year));
        addIf(days, REFORMATION_DAY, state, MonthDay.of(10, 31).atYear(year));
        addIf(days, ALL_SAINTS, state, MonthDay.of(11, 1).atYear(year));
        // Buß- und Bettag: the Wednesday before 23 November.
        addIf(days, REPENTANCE_DAY, state, LocalDate.of(year, 11, 22).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.WEDNESDAY)));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static void addIf(Set<LocalDate> days, Set<FederalState> states, FederalState state, LocalDate day) {
        if (states.contains(state)) {
            days.add(day);
        }
    }
}
