package de.willkommensakademie.notice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    boolean existsByRecipientIdAndDedupeKey(long recipientId, String dedupeKey);

    List<Notice> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notice> findByRecipientIdAndReadAtIsNull(long recipientId);

    Optional<Notice> findByIdAndRecipientId(long id, long recipientId);

    List<Notice> findByMailedAtIsNullOrderByRecipientIdAscCreatedAtAsc();
}
