package org.socialprotection.map.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();

    /** The enabled accounts with this role, locked until the end of the transaction. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = :role and a.enabled = true")
    List<Account> lockEnabledWithRole(Role role);
}
