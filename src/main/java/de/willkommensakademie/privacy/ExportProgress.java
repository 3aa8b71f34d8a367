package de.willkommensakademie.privacy;

/** What the page shows of an export: how far it is, and the file name once it can be fetched. */
public record ExportProgress(long id, ExportStatus status, int doneParts, int totalParts, String fileName) {

    public boolean ready() {
        return status == ExportStatus.READY;
    }
}
