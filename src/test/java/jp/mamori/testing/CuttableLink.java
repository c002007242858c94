package jp.mamori.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the application and its real database, which a test can cut and mend: a TCP relay on a
 * local port to the database server. {@link #cut()} closes every open connection and refuses new ones, as a
 * stopped server does; {@link #mend()} listens on the same port again, as a restarted server does. Nothing of the
 * database is imitated: the bytes are the driver's and the server's.
 */
public final class CuttableLink implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listening;

  public CuttableLink(String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listening = listen(0);
    this.port = listening.getLocalPort();
    accept(listening);
  }

  public int port() {
    return port;
  }

  /** Closes every connection and the port: the driver sees broken sockets, then "connection refused". */
  public synchronized void cut() {
    close(listening);
    open.forEach(CuttableLink::close);
    open.clear();
  }

  /** Listens again on the same port. */
  public synchronized void mend() {
    if (listening.isClosed()) {
      listening = listen(port);
      accept(listening);
    }
  }

  @Override
  public void close() {
    cut();
  }

  private static ServerSocket listen(int port) {
    try {
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept(ServerSocket server) {
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket database;
          try {
            database = new Socket(targetHost, targetPort);
          } catch (IOException e) {
            close(client);
            continue;
          }
          open.add(client);
          open.add(database);
          pump(client, database);
          pump(database, client);
        } catch (IOException e) {
          // the port was closed by cut(), or the database refused: the driver sees the connection end
        }
      }
    }, "cuttable-link-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    Thread pump = new Thread(() -> {
      byte[] buffer = new byte[16384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed: close the other below
      } finally {
        close(from);
        close(to);
        open.remove(from);
        open.remove(to);
      }
    }, "cuttable-link-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void close(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
