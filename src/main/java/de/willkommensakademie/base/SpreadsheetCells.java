package de.willkommensakademie.base;

/** The one rule for text going into CSV or spreadsheet files that people open in a spreadsheet program. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A text that a spreadsheet would take for a formula or command (starting with = + - @ tab or CR) gets a leading
     * apostrophe (CSV injection); anything else, null as empty, stays.
     */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
