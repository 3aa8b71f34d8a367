package de.willkommensakademie.notice;

import java.time.Clock;
import java.util.List;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own notices: nobody reads anyone else's. */
@Service
public class NoticeService {

    static final int SHOWN = 50;

    private final NoticeRepository notices;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NoticeRepository notices, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The newest notices, at most {@value #SHOWN}. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<NoticeItem> mine() {
        if (!isEmployee()) {
            return List.of();
        }
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, SHOWN)).stream()
                .map(notice -> new NoticeItem(notice.getId(), notice.messageKey(),
                        NoticeArguments.read(notice.arguments()), notice.link(), notice.createdAt(), notice.readAt() != null))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long unreadCount() {
        return isEmployee() ? notices.countByRecipientIdAndReadAtIsNull(me()) : 0;
    }

    @PermitAll
    @Transactional
    public void markRead(long id) {
        notices.findByIdAndRecipientId(id, me()).orElseThrow(() -> new RecordNotFoundException("notice", id))
                .markRead(clock.instant());
    }

    @PermitAll
    @Transactional
    public void markAllRead() {
        notices.findByRecipientIdAndReadAtIsNull(me()).forEach(notice -> notice.markRead(clock.instant()));
    }

    /** The platform operator has no employee record (and account ids of the two kinds may coincide). */
    private boolean isEmployee() {
        return currentUser.require().authorityId() != null;
    }

    private long me() {
        if (!isEmployee()) {
            throw new RecordNotFoundException("notice", currentUser.require().accountId());
        }
        return currentUser.require().accountId();
    }
}
