package de.willkommensakademie.notice;

import java.time.Clock;
import java.util.List;

import de.willkommensakademie.base.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own notices: nobody reads anyone else's. */
@Service
public class NoticeService {

    static final int SHOWN = 50;

    private final NoticeRepository notices;
    private final NoticeAccess access;
    private final Clock clock;

    NoticeService(NoticeRepository notices, NoticeAccess access, Clock clock) {
        this.notices = notices;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the signed-in person has notices at all (the operator has none): the bell shows only then. */
    @PermitAll
    public boolean available() {
        return access.hasNotices();
    }

    /** The newest notices, at most {@value #SHOWN}. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<NoticeItem> mine() {
        if (!access.hasNotices()) {
            return List.of();
        }
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(access.recipient(), PageRequest.of(0, SHOWN))
                .stream().map(notice -> new NoticeItem(notice.getId(), notice.messageKey(),
                        NoticeArguments.read(notice.arguments()), notice.link(), notice.createdAt(),
                        notice.readAt() != null))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long unreadCount() {
        return access.hasNotices() ? notices.countByRecipientIdAndReadAtIsNull(access.recipient()) : 0;
    }

    @PermitAll
    @Transactional
    public void markRead(long id) {
        notices.findByIdAndRecipientId(id, access.recipient())
                .orElseThrow(() -> new RecordNotFoundException("notice", id)).markRead(clock.instant());
    }

    @PermitAll
    @Transactional
    public void markAllRead() {
        notices.findByRecipientIdAndReadAtIsNull(access.recipient())
                .forEach(notice -> notice.markRead(clock.instant()));
    }
}
