package scot.pmo.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the client and the daemon say to each other. The client sends one request; for a command,
 * the daemon answers with frames of standard output and standard error as the command prints them,
 * then its exit code.
 */
final class Protocol {

  /** "pmo" and the protocol's version, first in every request. */
  static final int MAGIC = 0x706d6f02;

  /** Run a command. */
  static final byte RUN = 'R';

  /** Say how the daemon is. */
  static final byte STATUS = 'S';

  /** Stop. */
  static final byte STOP = 'Q';

  /** A frame of standard output. */
  static final byte OUT = 'O';

  /** A frame of standard error. */
  static final byte ERR = 'E';

  /** The command's exit code: the last frame. */
  static final byte EXIT = 'X';

  /** The daemon does not run this command: the client runs it in its own process. */
  static final byte RUN_HERE = 'H';

  private Protocol() {}

  /**
   * A command to run: in which daemon (its key) and folder, with which arguments, environment and
   * terminal ({@code columns} 0 when output is not a terminal), printed in which character sets.
   */
  record Request(
      String key,
      String folder,
      List<String> args,
      Map<String, String> env,
      boolean terminal,
      int columns,
      String outCharset,
      String errCharset) {

    void write(DataOutputStream out) throws IOException {
      out.writeInt(MAGIC);
      out.writeByte(RUN);
      string(out, key);
      string(out, folder);
      out.writeInt(args.size());
      for (String arg : args) {
        string(out, arg);
      }
      out.writeInt(env.size());
      for (Map.Entry<String, String> e : env.entrySet()) {
        string(out, e.getKey());
        string(out, e.getValue());
      }
      out.writeBoolean(terminal);
      out.writeInt(columns);
      string(out, outCharset);
      string(out, errCharset);
      out.flush();
    }

    /** Reads the rest of a request whose kind, {@link #RUN}, has been read. */
    static Request read(DataInputStream in) throws IOException {
      String key = string(in);
      String folder = string(in);
      int argc = count(in);
      List<String> args = new ArrayList<>(argc);
      for (int i = 0; i < argc; i++) {
        args.add(string(in));
      }
      int envc = count(in);
      Map<String, String> env = new LinkedHashMap<>();
      for (int i = 0; i < envc; i++) {
        env.put(string(in), string(in));
      }
      boolean terminal = in.readBoolean();
      int columns = in.readInt();
      return new Request(key, folder, args, env, terminal, columns, string(in), string(in));
    }
  }

  /** Starts a request of another kind ({@link #STATUS}, {@link #STOP}). */
  static void ask(DataOutputStream out, byte kind) throws IOException {
    out.writeInt(MAGIC);
    out.writeByte(kind);
    out.flush();
  }

  /** Writes one frame: its kind, its length, its bytes. */
  static void frame(DataOutputStream out, byte kind, byte[] bytes, int off, int len)
      throws IOException {
    out.writeByte(kind);
    out.writeInt(len);
    out.write(bytes, off, len);
  }

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String string(DataInputStream in) throws IOException {
    byte[] bytes = new byte[count(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A count or length, refused when it is past any sane request (a stray connection's bytes). */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 64 << 20) {
      throw new IOException("not a pmo request (a length of " + n + ")");
    }
    return n;
  }

  /**
   * The channel's bytes as a stream. Not {@code Channels.newInputStream}: on Java 17 its reads and
   * the writes of {@code Channels.newOutputStream} take one lock, so a thread waiting to read would
   * stop the command's output.
   */
  static InputStream in(SocketChannel channel) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        return channel.read(ByteBuffer.wrap(b, off, len));
      }
    };
  }

  /** Writes to the channel; see {@link #in}. */
  static OutputStream out(SocketChannel channel) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    };
  }

  /** Reads a frame's kind, or throws {@link EOFException} when the other side has gone. */
  static byte kind(DataInputStream in) throws IOException {
    return in.readByte();
  }
}
