package de.willkommensakademie.people;

/** The job roles every authority starts with; admins can add more. */
enum BuiltInJobRole {
    FRONT_OFFICE("front-office", "Frontoffice (Servicepoint)", "Front office (service point)"),
    BACK_OFFICE("back-office", "Backoffice (Sachbearbeitung)", "Back office (case work)"),
    TEAM_LEAD("team-lead", "Teamleitung", "Team lead"),
    ASYLUM_LAW("asylum-law", "Fachkraft Asylrecht", "Asylum-law specialist"),
    TRAINER("trainer", "Trainer/in", "Trainer");

    final String code;
    final String nameDe;
    final String nameEn;

    BuiltInJobRole(String code, String nameDe, String nameEn) {
        this.code = code;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
    }

    JobRole createFor(long authorityId) {
        return new JobRole(authorityId, code, nameDe, nameEn, true);
    }
}
