package de.willkommensakademie.privacy;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/**
 * One person's data export while it is built and until it is fetched. The ZIP is kept in the database so that any
 * instance of a cluster can hand out what another instance built; it is deleted when fetched, or after a day.
 */
@Entity
@Table(name = "personal_data_export")
class ExportRequest extends AbstractEntity {

    private long authorityId;
    private long employeeId;
    private long requestedBy;
    @Enumerated(EnumType.STRING)
    private ExportStatus status;
    private int doneParts;
    private int totalParts;
    private Instant createdAt;
    private Instant finishedAt;
    private String fileName;
    @Basic(fetch = FetchType.LAZY)
    private byte[] archive;

    protected ExportRequest() {
    }

    ExportRequest(long authorityId, long employeeId, long requestedBy, int totalParts, String fileName,
            Instant createdAt) {
        this.authorityId = authorityId;
        this.employeeId = employeeId;
        this.requestedBy = requestedBy;
        this.totalParts = totalParts;
        this.fileName = fileName;
        this.createdAt = createdAt;
        this.status = ExportStatus.RUNNING;
    }

    void partDone() {
        doneParts = Math.min(totalParts, doneParts + 1);
    }

    void finish(byte[] zip, Instant at) {
        if (status != ExportStatus.RUNNING) {
            throw new IllegalStateException("export " + getId() + " is " + status);
        }
        this.archive = zip;
        this.doneParts = totalParts;
        this.status = ExportStatus.READY;
        this.finishedAt = at;
    }

    void fail(Instant at) {
        this.status = ExportStatus.FAILED;
        this.finishedAt = at;
    }

    boolean ready() {
        return status == ExportStatus.READY;
    }

    long authorityId() {
        return authorityId;
    }

    long employeeId() {
        return employeeId;
    }

    long requestedBy() {
        return requestedBy;
    }

    ExportStatus status() {
        return status;
    }

    int doneParts() {
        return doneParts;
    }

    int totalParts() {
        return totalParts;
    }

    String fileName() {
        return fileName;
    }

    byte[] archive() {
        return archive;
    }
}
