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
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, changing passwords and roles, and personal API tokens. */
@Service
@Transactional
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;

    AccountService(Accounts accounts, ApiTokens tokens, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    /**
     * A problem with what a person asked for, to show next to the field: in the page's language where it has a
     * message key (pages resolve it as a {@link MessageSourceResolvable}), in English otherwise.
     */
    public static class AccountException extends IllegalArgumentException implements MessageSourceResolvable {
        private final String field;
        private final String code;
        private final transient Object[] arguments;

        AccountException(String field, String message) {
            this(field, null, message);
        }

        AccountException(String field, String code, String message, Object... arguments) {
            super(message);
            this.field = field;
            this.code = code;
            this.arguments = arguments;
        }

        public String field() {
            return field;
        }

        @Override
        public String[] getCodes() {
            return code == null ? null : new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return arguments;
        }

        @Override
        public String getDefaultMessage() {
            return getMessage();
        }
    }

    public Account create(String username, String password, Role role, boolean mustChangePassword) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
            throw new AccountException("username", "account.error.usernameFormat", "3 to 60 letters, digits, dots, dashes, underscores or @");
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new AccountException("username", "account.error.usernameTaken", "this username is taken");
        }
        PasswordPolicy.check(password, name);
        return accounts.save(new Account(name, encoder.encode(password), role, mustChangePassword));
    }

    /** Creates an account with a random one-time password, returned in clear: the only time it is seen. */
    public OneTimePassword createWithOneTimePassword(String username, Role role) {
        String password = oneTimePasswordFor(username == null ? "" : username.trim());
        Account account = create(username, password, role, true);
        return new OneTimePassword(account.getUsername(), password);
    }

    public void changePassword(String username, String current, String replacement) {
        Account account = find(username);
        if (!encoder.matches(current == null ? "" : current, account.getPasswordHash())) {
            throw new AccountException("current", "account.error.currentWrong", "the current password is not right");
        }
        PasswordPolicy.check(replacement, account.getUsername());
        if (encoder.matches(replacement, account.getPasswordHash())) {
            throw new AccountException("password", "account.error.samePassword",
                    "choose a password other than the current one");
        }
        account.changePassword(encoder.encode(replacement));
    }

    /**
     * An admin's change to an account's role and whether it may sign in, in one step. It takes effect on the
     * account's open sessions at their next request (see AccountRefresh). The atlas always keeps one enabled admin.
     */
    public void update(long id, Role role, boolean enabled, String actingUser) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("id", "no such account"));
        if (!enabled && account.getUsername().equalsIgnoreCase(actingUser)) {
            throw new AccountException("enabled", "account.error.disableSelf", "you cannot disable your own account");
        }
        boolean losesAdmin = account.getRole() == Role.ADMIN && account.isEnabled()
                && (role != Role.ADMIN || !enabled);
        // the lock makes two admins demoting each other at the same moment wait for one another
        if (losesAdmin && accounts.lockEnabledWithRole(Role.ADMIN).stream().allMatch(a -> a.getId().equals(id))) {
            throw new AccountException("role", "account.error.lastAdmin", "the atlas needs at least one enabled admin: "
                    + "make another account admin before demoting or disabling " + account.getUsername(),
                    account.getUsername());
        }
        account.setRole(role);
        account.setEnabled(enabled);
    }

    /**
     * Gives the account a new one-time password, returned in clear for the admin to pass on. Its owner must choose
     * a password of their own at the next sign-in; until then HTTP Basic and its API tokens are refused.
     */
    public OneTimePassword resetPassword(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("id", "no such account"));
        String password = oneTimePasswordFor(account.getUsername());
        account.resetPassword(encoder.encode(password));
        return new OneTimePassword(account.getUsername(), password);
    }

    public record OneTimePassword(String username, String password) {
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
            throw new AccountException("name", "account.error.tokenName",
                    "give the token a name of up to 100 characters");
        }
        Account account = find(username);
        if (account.isMustChangePassword()) {
            throw new AccountException("password", "account.error.changePasswordFirst", "choose a password of your "
                    + "own at " + PasswordChangeRequired.PAGE + " before making API tokens");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "spm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new ApiToken(account, label, hash(token)));
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

    /**
     * The account behind a token, marking it used; empty for an unknown or revoked token or a disabled account. The
     * caller refuses an account that must change its password first.
     */
    Optional<Account> authenticateToken(String token) {
        return tokens.findByTokenHashAndRevokedFalse(hash(token)).filter(t -> t.getAccount().isEnabled())
                .map(t -> {
                    t.used();
                    return t.getAccount();
                });
    }

    /** A random password that also passes the rules (it might, very rarely, contain a short username). */
    private static String oneTimePasswordFor(String username) {
        while (true) {
            String password = randomPassword();
            try {
                PasswordPolicy.check(password, username);
                return password;
            } catch (AccountException e) {
                // draw again
            }
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
