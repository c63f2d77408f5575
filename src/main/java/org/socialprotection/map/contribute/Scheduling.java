package org.socialprotection.map.contribute;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link SubmissionDesk#forgetOldContacts}: the retention the form promises is kept without anyone's help. */
@Configuration
@EnableScheduling
class Scheduling {
}
