package jp.mamori.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link NotificationDigest#scheduled()} at its hour. */
@Configuration
@EnableScheduling
class DigestScheduling {}
