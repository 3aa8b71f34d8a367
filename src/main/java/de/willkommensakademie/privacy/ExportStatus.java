package de.willkommensakademie.privacy;

/** Where a personal data export stands. Names are stored; never rename one. */
public enum ExportStatus {
    RUNNING, READY, FAILED
}
