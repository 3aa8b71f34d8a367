package de.willkommensakademie.language;

/** A team member's self-reported level waiting for the manager to verify it. */
public record PendingLevel(long levelId, long version, String person, String language, Cefr overall,
        Evidence evidence, String documentType) {

    public boolean hasDocument() {
        return documentType != null;
    }

    /** A file name for the evidence document with the extension of its type. */
    public String documentName() {
        return "evidence-" + levelId + switch (String.valueOf(documentType)) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }
}
