package org.socialprotection.map.contribute;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Submissions extends JpaRepository<Submission, Long> {

    Optional<Submission> findByReference(String reference);

    List<Submission> findByStatusOrderByReceivedAtAsc(SubmissionStatus status);

    List<Submission> findAllByOrderByReceivedAtDesc();

    /** Empties the contact details of the submissions received before the cutoff; returns how many. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Submission s set s.contact = null, s.contactDeletedAt = :now"
            + " where s.contact is not null and s.receivedAt < :cutoff")
    int forgetContactsReceivedBefore(@Param("cutoff") Instant cutoff, @Param("now") Instant now);
}
