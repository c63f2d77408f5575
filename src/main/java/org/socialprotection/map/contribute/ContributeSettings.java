package org.socialprotection.map.contribute;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of public submissions ({@code spmap.contribute.*}).
 *
 * @param perAddressPerHour submissions one address may send in an hour (form and API together)
 * @param perHour           submissions all addresses together may send in an hour: a flood from many addresses
 *                          fills the queue no faster than this
 * @param minFillTime       a form sent sooner after it was shown was not filled by a person
 * @param maxFillTime       a form older than this is shown again to be sent afresh
 * @param contactRetention  how long contact details are kept after a submission arrives; the form states it
 * @param secret            signs the form's timestamp; empty: a random key per start (a form shown before a
 *                          restart is then shown again to be sent afresh)
 */
@ConfigurationProperties("spmap.contribute")
record ContributeSettings(@DefaultValue("5") int perAddressPerHour, @DefaultValue("200") int perHour,
                          @DefaultValue("4s") Duration minFillTime, @DefaultValue("24h") Duration maxFillTime,
                          @DefaultValue("180d") Duration contactRetention, String secret) {

    long retentionDays() {
        return contactRetention.toDays();
    }
}
