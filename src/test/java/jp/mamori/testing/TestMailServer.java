package jp.mamori.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;

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
