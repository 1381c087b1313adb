package org.onedoor.notification;

/**
 * Sends a text message to a phone. The notification module uses the one bean of this type in the application
 * context; when there is none it logs the message instead (development and demo).
 * <p>
 * To plug in a real gateway (a telecom operator's brandname SMS API, an SMPP bridge …), declare one bean, for
 * example in a {@code @Configuration} of an integration module:
 * <pre>{@code
 * @Bean
 * SmsGateway operatorSms(RestClient.Builder http, OperatorSmsProperties settings) {
 *     RestClient client = http.baseUrl(settings.url()).build();
 *     return (phone, text) -> client.post().uri("/send").body(Map.of("to", phone, "text", text)).retrieve().toBodilessEntity();
 * }
 * }</pre>
 * An implementation throws on failure (any runtime exception): the notification stays pending in the event
 * publication registry and is retried; it must not retry on its own in a loop.
 */
@FunctionalInterface
public interface SmsGateway {

    /**
     * @param phoneNumber the applicant's phone as entered (the gateway normalises it, e.g. to +84…)
     * @param text        the message, in the applicant's language (Vietnamese with diacritics by default)
     */
    void send(String phoneNumber, String text);
}
