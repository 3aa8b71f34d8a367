package de.willkommensakademie.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's certificate design for their authority: logo, signer and accent colour, with a sample. */
@Service
public class CertificateTemplates {

    static final long MAX_LOGO_BYTES = 1024 * 1024;
    static final FileType[] LOGO_TYPES = {FileType.PNG, FileType.JPEG};
    static final int MAX_LOGO_PIXELS = 4000;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final CertificateTemplateRepository templates;
    private final CertificateIssuer issuer;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final CertificateAccess access;

    CertificateTemplates(CertificateTemplateRepository templates, CertificateIssuer issuer, StaffDirectory staff,
            AuditLog audit, CurrentUser currentUser, CertificateAccess access) {
        this.access = access;
        this.templates = templates;
        this.issuer = issuer;
        this.staff = staff;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The form's content; a new authority starts with its name as signer and the default colour. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public TemplateForm load() {
        return templates.findByAuthorityId(access.ownAuthority())
                .map(template -> new TemplateForm(template.getVersion(), template.signerName(), template.signerRole(),
                        template.accentColour(), template.logo() != null))
                .orElse(new TemplateForm(-1, "", "", CertificateTemplate.DEFAULT_ACCENT, false));
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void save(TemplateForm form) {
        String name = form.signerName() == null ? "" : form.signerName().strip();
        String role = form.signerRole() == null ? "" : form.signerRole().strip();
        if (name.isEmpty() || role.isEmpty() || name.length() > 200 || role.length() > 200) {
            throw new UserFacingException("certificate.template.error.signer");
        }
        if (form.accentColour() == null || !COLOUR.matcher(form.accentColour()).matches()) {
            throw new UserFacingException("certificate.template.error.colour");
        }
        CertificateTemplate template = current(name, role);
        if (form.version() >= 0) {
            template.requireVersion(form.version());
        }
        template.change(name, role, form.accentColour().toLowerCase(Locale.ROOT));
        audit.recordDetailed(AuditAction.CERTIFICATE_TEMPLATE_CHANGED, null,
                AuditDetails.of("audit.details.template-signer", name, role));
    }

    /** A PNG or JPEG logo, checked by content, size and dimensions. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void uploadLogo(byte[] logo) {
        FileType.Checked checked = FileType.check(logo, MAX_LOGO_BYTES, LOGO_TYPES);
        FileType type = checked.type();
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(checked.data()));
            if (image == null || image.getWidth() > MAX_LOGO_PIXELS || image.getHeight() > MAX_LOGO_PIXELS) {
                throw new UserFacingException("certificate.template.error.logo-pixels", MAX_LOGO_PIXELS);
            }
        } catch (IOException unreadable) {
            throw new UserFacingException("upload.error.unreadable", type.label());
        }
        CertificateTemplate template = current("", "");
        template.changeLogo(checked.data(), type.mediaType());
        audit.recordDetailed(AuditAction.CERTIFICATE_TEMPLATE_CHANGED, null,
                AuditDetails.of("audit.details.template-logo", type.mediaType()));
    }

    /** A sample certificate with the saved template, in the given language. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public byte[] sample(String language) {
        long authorityId = access.ownAuthority();
        String authorityName = staff.member(currentUser.require().accountId()).map(m -> m.authorityName()).orElse("");
        return issuer.sample(authorityId, authorityName, "en".equals(language) ? "en" : "de");
    }

    private CertificateTemplate current(String signerName, String signerRole) {
        long authorityId = access.ownAuthority();
        return templates.findByAuthorityId(authorityId)
                .orElseGet(() -> templates.save(new CertificateTemplate(authorityId, signerName, signerRole)));
    }

    /** The design as edited; {@code version} −1 when the authority has none yet. */
    public record TemplateForm(long version, String signerName, String signerRole, String accentColour,
            boolean hasLogo) {
    }
}
