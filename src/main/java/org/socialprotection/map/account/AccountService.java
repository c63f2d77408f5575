package org.socialprotection.map.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, changing passwords and roles, and personal API tokens. */
@Service
@Transactional
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;

    AccountService(Accounts accounts, ApiTokens tokens, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    /** A problem with what a person asked for, to show next to the field. */
    public static class AccountException extends IllegalArgumentException {
        private final String field;

        AccountException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public Account create(String username, String password, Role role, boolean mustChangePassword) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
            throw new AccountException("username", "3 to 60 letters, digits, dots, dashes, underscores or @");
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new AccountException("username", "this username is taken");
        }
        checkStrength(password);
        return accounts.save(new Account(name, encoder.encode(password), role, mustChangePassword));
    }

    public void changePassword(String username, String current, String replacement) {
        Account account = find(username);
        if (!encoder.matches(current == null ? "" : current, account.getPasswordHash())) {
            throw new AccountException("current", "the current password is not right");
        }
        if (encoder.matches(replacement == null ? "" : replacement, account.getPasswordHash())) {
            throw new AccountException("password", "choose a password other than the current one");
        }
        checkStrength(replacement);
        account.changePassword(encoder.encode(replacement));
    }

    public void setRole(long id, Role role) {
        accounts.findById(id).orElseThrow(() -> new AccountException("id", "no such account")).setRole(role);
    }

    public void setEnabled(long id, boolean enabled, String actingUser) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("id", "no such account"));
        if (!enabled && account.getUsername().equalsIgnoreCase(actingUser)) {
            throw new AccountException("id", "you cannot disable your own account");
        }
        account.setEnabled(enabled);
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public Account find(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new AccountException("username", "no such account"));
    }

    /** Makes a token and returns it in clear: the only time it is ever seen. */
    public String createToken(String username, String name) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 100) {
            throw new AccountException("name", "give the token a name of up to 100 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "spm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new ApiToken(find(username), label, hash(token)));
        return token;
    }

    public void revokeToken(String username, long id) {
        tokens.findById(id).filter(t -> t.getAccount().getUsername().equalsIgnoreCase(username))
                .orElseThrow(() -> new AccountException("id", "no such token")).revoke();
    }

    @Transactional(readOnly = true)
    public List<TokenView> tokensOf(String username) {
        return tokens.findByAccountOrderByCreatedAtDesc(find(username)).stream()
                .map(t -> new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.isRevoked()))
                .toList();
    }

    public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt,
                            boolean revoked) {
    }

    /** The account behind a token, marking it used; empty for an unknown or revoked token or a disabled account. */
    Optional<Account> authenticateToken(String token) {
        return tokens.findByTokenHashAndRevokedFalse(hash(token)).filter(t -> t.getAccount().isEnabled())
                .map(t -> {
                    t.used();
                    return t.getAccount();
                });
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 200) {
            throw new AccountException("password", "at most 200 characters");
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
