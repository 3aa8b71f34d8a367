package de.willkommensakademie.language;

import java.util.List;

/**
 * What "Sprachen im Team" shows on one page load, read together ({@link TeamLanguages#page()}): whether the preset
 * shows levels per person, the coverage, the open gaps by name (only then; empty otherwise) and as counts, the levels
 * waiting for verification, the courses the manager may see and the totals per year.
 */
public record TeamLanguagesPage(boolean levelsPerPerson, Coverage coverage, List<TeamGap> openGaps,
        List<GapCount> openGapCounts, List<PendingLevel> pending, List<CourseRow> courses,
        List<YearTotal> yearTotals) {

    public TeamLanguagesPage {
        openGaps = List.copyOf(openGaps);
        openGapCounts = List.copyOf(openGapCounts);
        pending = List.copyOf(pending);
        courses = List.copyOf(courses);
        yearTotals = List.copyOf(yearTotals);
    }

    /** Course requests waiting for the manager's decision. */
    public long requests() {
        return courses.stream().filter(course -> course.status() == CourseStatus.REQUESTED).count();
    }
}
