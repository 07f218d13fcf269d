package scot.pmo.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code pmo daemon status} and {@code pmo daemon stop}: the user's daemons, asked one by one. */
public final class DaemonControl {

  private DaemonControl() {}

  /** What each of the user's running daemons says of itself, one line each. */
  public static List<String> status() throws IOException {
    return askAll(Protocol.STATUS);
  }

  /**
   * Stops each of the user's daemons, returning what each said as it stopped, and clears what
   * stopped daemons left behind.
   */
  public static List<String> stop() throws IOException {
    List<String> said = askAll(Protocol.STOP);
    Optional<DaemonFiles> files = DaemonFiles.forUser();
    if (files.isPresent()) {
      waitForSockets(files.get());
      files.get().prune();
    }
    return said;
  }

  /** Waits a little for stopped daemons to remove their sockets, which they do as they end. */
  private static void waitForSockets(DaemonFiles files) throws IOException {
    for (int i = 0; i < 100 && !files.sockets().isEmpty(); i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static List<String> askAll(byte kind) throws IOException {
    Optional<DaemonFiles> files = DaemonFiles.forUser();
    List<String> said = new ArrayList<>();
    if (files.isEmpty()) {
      return said;
    }
    for (Path socket : files.get().sockets()) {
      Optional<String> answer = ask(socket, kind);
      if (answer.isPresent()) {
        said.add(answer.get());
      } else {
        // Nobody listens: a daemon that was killed left it behind.
        Files.deleteIfExists(socket);
      }
    }
    return said;
  }

  private static Optional<String> ask(Path socket, byte kind) {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      Protocol.ask(new DataOutputStream(Protocol.out(channel)), kind);
      DataInputStream in = new DataInputStream(Protocol.in(channel));
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      while (true) {
        byte frame = Protocol.kind(in);
        if (frame == Protocol.EXIT) {
          in.readInt();
          return Optional.of(text.toString(Charset.defaultCharset()).strip());
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        text.write(bytes);
      }
    } catch (IOException e) {
      return Optional.empty(); // nobody listening, or it went before it answered
    }
  }
}
