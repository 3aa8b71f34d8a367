package de.willkommensakademie.certificate;

import java.util.List;

/**
 * The outcome of bulk issuing: how many were issued now, how many people had one already, who could not get one
 * and why (a translation key), and a ZIP of every certificate of that module for the selected people.
 */
public record BulkResult(int issued, int alreadyHad, List<Failure> failures, byte[] zip) {

    public record Failure(String holderName, String reasonKey) {
    }
}
