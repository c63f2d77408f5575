package org.socialprotection.map.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();
}
