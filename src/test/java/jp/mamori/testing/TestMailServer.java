package jp.mamori.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.function.Predicate;

/** One real SMTP server (GreenMail) for the whole test JVM, on a free port of the loopback address. */
public final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {}

  public static synchronized GreenMail get() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /**
   * Waits mail by mail (each at most 10 s) until a received mail matches. Not by position: GreenMail lists the mails
   * mailbox by mailbox, not in the order they came, and other tests' mails may arrive meanwhile.
   */
  public static boolean awaitMail(Predicate<MimeMessage> wanted) {
    int awaited = get().getReceivedMessages().length;
    while (!anyMail(wanted)) {
      if (!get().waitForIncomingEmail(10_000, ++awaited)) {
        return anyMail(wanted);
      }
    }
    return true;
  }

  public static boolean anyMail(Predicate<MimeMessage> wanted) {
    return Arrays.stream(get().getReceivedMessages()).anyMatch(wanted);
  }

  /** A mail's subject and its plain text, decoded. */
  public static String subjectAndText(MimeMessage message) {
    try {
      return message.getSubject() + "\n" + message.getContent();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int port() {
    return get().getSmtp().getPort();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
