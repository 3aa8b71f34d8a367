package de.willkommensakademie.certificate;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** An authority's certificate design: logo, who signs, and the accent colour. */
@Entity
class CertificateTemplate extends AbstractEntity {

    static final String DEFAULT_ACCENT = "#0b5a6b";

    private long authorityId;
    private byte[] logo;
    private String logoType;
    private String signerName;
    private String signerRole;
    private String accentColour;

    protected CertificateTemplate() {
    }

    CertificateTemplate(long authorityId, String signerName, String signerRole) {
        this.authorityId = authorityId;
        this.signerName = signerName;
        this.signerRole = signerRole;
        this.accentColour = DEFAULT_ACCENT;
    }

    void change(String newSignerName, String newSignerRole, String newAccentColour) {
        this.signerName = newSignerName;
        this.signerRole = newSignerRole;
        this.accentColour = newAccentColour;
    }

    void changeLogo(byte[] newLogo, String type) {
        this.logo = newLogo;
        this.logoType = type;
    }

    long authorityId() {
        return authorityId;
    }

    byte[] logo() {
        return logo;
    }

    String logoType() {
        return logoType;
    }

    String signerName() {
        return signerName;
    }

    String signerRole() {
        return signerRole;
    }

    String accentColour() {
        return accentColour;
    }
}
