package de.willkommensakademie.notice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** Recipient and dedupe key of the notices with one of these recipients and one of these keys. */
    @Query("select n.recipientId, n.dedupeKey from Notice n where n.recipientId in :recipients and n.dedupeKey in :keys")
    List<Object[]> findGiven(Collection<Long> recipients, Collection<String> keys);

    List<Notice> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notice> findByRecipientIdAndReadAtIsNull(long recipientId);

    Optional<Notice> findByIdAndRecipientId(long id, long recipientId);

    List<Notice> findByMailedAtIsNullOrderByRecipientIdAscCreatedAtAsc();
}
