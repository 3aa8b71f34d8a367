package de.willkommensakademie.people;

/**
 * The sixteen German federal states (Länder) by their ISO 3166-2:DE code. An authority's state decides which public
 * holidays its working days skip.
 */
public enum FederalState {
    BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
}
