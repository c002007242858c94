package jp.mamori.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mailEnabled whether e-mail copies are sent (off in the demo, which has no mail server)
 * @param mailFrom    sender address of the e-mail copies
 * @param baseUrl     how staff reach the app, for links in e-mails
 */
@ConfigurationProperties("mamori.notifications")
public record NotificationProperties(boolean mailEnabled, String mailFrom, String baseUrl) {}
