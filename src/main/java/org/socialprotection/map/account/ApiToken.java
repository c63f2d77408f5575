package org.socialprotection.map.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal token for scripts using the JSON API; only its hash is kept. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private Account account;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, String tokenHash) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
    }

    void used() { this.lastUsedAt = Instant.now(); }
    void revoke() { this.revoked = true; }

    Long getId() { return id; }
    Account getAccount() { return account; }
    String getName() { return name; }
    Instant getCreatedAt() { return createdAt; }
    Instant getLastUsedAt() { return lastUsedAt; }
    boolean isRevoked() { return revoked; }
}
