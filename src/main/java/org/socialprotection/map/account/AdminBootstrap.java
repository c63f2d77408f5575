package org.socialprotection.map.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At first start, with no account yet, creates an admin: the one the environment names with its password (which
 * must pass the password rules, or the start stops saying why), or the named user or "admin" with a random
 * password printed once in the log, to be changed at first sign-in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AccountService service;
    private final AdminSettings settings;

    AdminBootstrap(Accounts accounts, AccountService service, AdminSettings settings) {
        this.accounts = accounts;
        this.service = service;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean userGiven = settings.user() != null && !settings.user().isBlank();
        boolean passwordGiven = settings.password() != null && !settings.password().isEmpty();
        if (passwordGiven && !userGiven) {
            throw new IllegalStateException("SPMAP_ADMIN_PASSWORD is set but SPMAP_ADMIN_USER is not: set both, "
                    + "or only the user for a one-time password, or neither");
        }
        if (passwordGiven) {
            try {
                service.create(settings.user(), settings.password(), Role.ADMIN, false);
            } catch (AccountService.AccountException e) {
                // stop the start: an admin with a weak password, or another name than asked for, is worse
                throw new IllegalStateException("SPMAP_ADMIN_" + ("password".equals(e.field()) ? "PASSWORD" : "USER")
                        + " is refused: " + e.getMessage() + ". Set another one and start again.", e);
            }
            log.info("Created the admin account '{}' from SPMAP_ADMIN_USER", settings.user());
            return;
        }
        AccountService.OneTimePassword admin;
        try {
            admin = service.createWithOneTimePassword(userGiven ? settings.user() : "admin", Role.ADMIN);
        } catch (AccountService.AccountException e) {
            throw new IllegalStateException("SPMAP_ADMIN_USER is refused: " + e.getMessage(), e);
        }
        log.warn("""

                ==========================================================================
                 First start: created the admin account '{}' with the one-time password
                     {}
                 Sign in at /login and choose a new password. It is not shown again.
                ==========================================================================""", admin.username(),
                admin.password());
    }
}
