package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void german_letters_are_spelled_out_and_accents_dropped() {
        assertThat(Slug.of("Übergänge im Büro – Teil 2: Straße", 80)).isEqualTo("uebergaenge-im-buero-teil-2-strasse");
        assertThat(Slug.of("Çelik, Ñúñez & Thérèse", 80)).isEqualTo("celik-nunez-therese");
    }

    @Test
    void long_titles_are_cut_without_a_trailing_dash_and_symbols_alone_give_nothing() {
        assertThat(Slug.of("Interkulturelle Kompetenz am Schalter", 14)).isEqualTo("interkulturell");
        assertThat(Slug.of("Interkulturelle Kompetenz", 16)).isEqualTo("interkulturelle");
        assertThat(Slug.of("…?!", 60)).isEmpty();
    }
}
