package org.socialprotection.map.contribute;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The time-to-fill check, without a captcha (the atlas runs without internet): the form carries the time it was
 * shown, signed, and a form sent back sooner than a person could fill it, or with a time the server never signed,
 * is refused. A script that fetches the form to get a fresh stamp must still wait, and the per-address limit
 * counts its attempts.
 */
@Component
class FillTimer {

    enum Verdict { OK, TOO_FAST, EXPIRED, INVALID }

    private final ContributeSettings settings;
    private final Clock clock;
    private final byte[] key;

    @Autowired
    FillTimer(ContributeSettings settings) {
        this(settings, Clock.systemUTC());
    }

    FillTimer(ContributeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        if (settings.secret() != null && !settings.secret().isBlank()) {
            this.key = settings.secret().getBytes(StandardCharsets.UTF_8);
        } else {
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
        }
    }

    /** The stamp of a form shown now. */
    String stamp() {
        return stampAt(clock.instant());
    }

    /** The stamp of a form shown at the given time: {@link #stamp()}, and tests' forms shown a while ago. */
    String stampAt(Instant shown) {
        String millis = String.valueOf(shown.toEpochMilli());
        return millis + "." + sign(millis);
    }

    Verdict check(String stamp) {
        if (stamp == null || !stamp.matches("\\d{1,15}\\.[A-Za-z0-9_-]{43}")) {
            return Verdict.INVALID;
        }
        String millis = stamp.substring(0, stamp.indexOf('.'));
        byte[] given = stamp.substring(stamp.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), clock.instant());
        if (age.compareTo(settings.minFillTime()) < 0) {
            return Verdict.TOO_FAST;
        }
        return age.compareTo(settings.maxFillTime()) > 0 ? Verdict.EXPIRED : Verdict.OK;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
