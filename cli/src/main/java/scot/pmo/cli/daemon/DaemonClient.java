package scot.pmo.cli.daemon;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import scot.pmo.run.Invocation;

/**
 * What the launcher runs instead of pmo itself when a daemon may serve the command: hands it to
 * this folder's daemon, starting one first if there is none, and prints what it prints. Whatever
 * stands in the way (no home folder, a system without Unix domain sockets, a daemon that will not
 * start) means the command runs here, in this process, as it would have without a daemon.
 */
public final class DaemonClient {

  /** How long a daemon that is not used stays, unless {@code PMO_DAEMON_IDLE} (minutes) says. */
  static final int IDLE_MINUTES = 20;

  /** How long a new daemon may take to listen before this command runs here instead. */
  private static final long START_MILLIS = 30_000;

  private DaemonClient() {}

  /**
   * What the launcher gave: the Java and its options that a new daemon runs on, pmo's jar, and the
   * command line.
   */
  public record Launch(Path java, List<String> jvm, Path jar, String[] args) {

    /** {@code --java=JAVA [--jvm=OPTION]... --jar=JAR -- ARGS...}; empty without JAVA or JAR. */
    public static Optional<Launch> parse(String[] argv) {
      Path java = null;
      Path jar = null;
      List<String> jvm = new ArrayList<>();
      int i = 0;
      for (; i < argv.length && !argv[i].equals("--"); i++) {
        String a = argv[i];
        if (a.startsWith("--java=")) {
          java = Path.of(a.substring("--java=".length()));
        } else if (a.startsWith("--jar=")) {
          jar = Path.of(a.substring("--jar=".length()));
        } else if (a.startsWith("--jvm=")) {
          jvm.add(a.substring("--jvm=".length()));
        }
      }
      String[] args = Arrays.copyOfRange(argv, Math.min(i + 1, argv.length), argv.length);
      return java == null || jar == null
          ? Optional.empty()
          : Optional.of(new Launch(java, List.copyOf(jvm), jar, args));
    }
  }

  /** The command line after {@code --} in {@code argv}: what to run here when nothing else will. */
  public static String[] arguments(String[] argv) {
    int i = Arrays.asList(argv).indexOf("--");
    return i < 0 ? argv : Arrays.copyOfRange(argv, i + 1, argv.length);
  }

  /**
   * Runs the command through the folder's daemon, started by the class {@code daemonMain} if need
   * be; its exit code, or empty when it is to run here instead.
   */
  public static OptionalInt run(Launch launch, String daemonMain) {
    Optional<DaemonFiles> files = DaemonFiles.forUser();
    if (files.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      Path here = Path.of("").toAbsolutePath();
      String key = DaemonFiles.key(launch.java(), launch.jvm(), launch.jar(), here);
      if (!files.get().fits(key)) {
        return OptionalInt.empty();
      }
      nameSelectorProvider();
      Optional<SocketChannel> channel = connect(files.get().socket(key));
      if (channel.isEmpty() && !Files.exists(files.get().failed(key))) {
        channel = start(files.get(), key, launch, here, daemonMain);
      }
      if (channel.isEmpty()) {
        return OptionalInt.empty();
      }
      try (SocketChannel c = channel.get()) {
        int code = ask(c, key, here, launch.args());
        return code < 0 ? OptionalInt.empty() : OptionalInt.of(code);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // No Unix domain sockets here (Windows before 10), or none to be had: the command runs
      // here, as it would without a daemon.
      return OptionalInt.empty();
    }
  }

  /**
   * Names the platform's own selector provider ({@link java.nio.channels.spi.SelectorProvider}),
   * which Java otherwise looks for as a service in every jar on the class path before it takes its
   * own. pmo.jar holds some 27,000 files, and reading their index took the client 15 to 20 ms, a
   * sixth of a command that the daemon answers. Named only where this Java has the class that it
   * would take itself (Linux's and macOS's); anywhere else Java looks as before.
   */
  static void nameSelectorProvider() {
    String property = "java.nio.channels.spi.SelectorProvider";
    String os = System.getProperty("os.name", "");
    String provider =
        os.startsWith("Linux")
            ? "sun.nio.ch.EPollSelectorProvider"
            : os.startsWith("Mac") ? "sun.nio.ch.KQueueSelectorProvider" : null;
    if (provider == null || System.getProperty(property) != null) {
      return;
    }
    try {
      Class.forName(provider, false, ClassLoader.getSystemClassLoader());
      System.setProperty(property, provider);
    } catch (ClassNotFoundException | LinkageError e) {
      // Another Java's classes: it finds its provider as it always does.
    }
  }

  /** Sends the command and prints the daemon's output as it comes; -1 when it is to run here. */
  private static int ask(SocketChannel channel, String key, Path here, String[] args)
      throws IOException {
    Invocation self = Invocation.ofThisProcess();
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Protocol.out(channel), 1 << 16));
    new Protocol.Request(
            key,
            here.toString(),
            List.of(args),
            self.environment(),
            self.terminal(),
            self.columns().orElse(0),
            charset("stdout"),
            charset("stderr"))
        .write(out);
    DataInputStream in = new DataInputStream(Protocol.in(channel));
    Printed stdout = new Printed(new FileOutputStream(FileDescriptor.out));
    Printed stderr = new Printed(new FileOutputStream(FileDescriptor.err));
    byte[] buffer = new byte[1 << 16];
    boolean heard = false;
    try {
      while (true) {
        byte kind = Protocol.kind(in);
        if (kind == Protocol.EXIT) {
          return in.readInt();
        }
        if (kind == Protocol.RUN_HERE) {
          return -1;
        }
        heard = true;
        int length = in.readInt();
        Printed to = kind == Protocol.ERR ? stderr : stdout;
        while (length > 0) {
          int n = Math.min(length, buffer.length);
          in.readFully(buffer, 0, n);
          to.write(buffer, n);
          length -= n;
        }
        to.flush();
      }
    } catch (EOFException e) {
      // The daemon ended before the command did: stopped as it took it (idle, or its jar
      // replaced), or killed mid-command. The commands it runs write only whole outputs, so
      // running the command again here is safe; what it printed so far is printed again.
      if (heard) {
        System.err.println(
            "pmo: the daemon stopped before the command finished; running it again here");
      }
      return -1;
    }
  }

  /**
   * Standard output or error, written to until it is closed: a reader that stops early ({@code pmo
   * list | head -n 1}) ends what the command prints, as it would for a process of its own, and the
   * command runs to its end and exit code.
   */
  private static final class Printed {
    private final OutputStream out;
    private boolean closed;

    Printed(OutputStream out) {
      this.out = out;
    }

    void write(byte[] bytes, int length) {
      if (!closed) {
        try {
          out.write(bytes, 0, length);
        } catch (IOException e) {
          closed = true;
        }
      }
    }

    void flush() {
      if (!closed) {
        try {
          out.flush();
        } catch (IOException e) {
          closed = true;
        }
      }
    }
  }

  /** The character set standard output or error is printed in, as Java itself would choose. */
  private static String charset(String stream) {
    String given = System.getProperty(stream + ".encoding");
    if (given == null) {
      given = System.getProperty("sun." + stream + ".encoding");
    }
    return given != null ? given : Charset.defaultCharset().name();
  }

  private static Optional<SocketChannel> connect(Path socket) {
    if (!Files.exists(socket)) {
      return Optional.empty();
    }
    try {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
        return Optional.of(channel);
      } catch (IOException e) {
        channel.close();
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Starts this folder's daemon, unless another command has just done so, and connects to it. The
   * key's lock keeps two commands started at once from starting two daemons.
   */
  private static Optional<SocketChannel> start(
      DaemonFiles files, String key, Launch launch, Path here, String daemonMain)
      throws IOException {
    try (FileChannel lockFile =
        FileChannel.open(files.lock(key), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      lockFile.lock(); // released as the file closes
      Optional<SocketChannel> started = connect(files.socket(key));
      if (started.isPresent()) {
        return started;
      }
      Invocation self = Invocation.ofThisProcess();
      if (self.terminal()) {
        System.err.println(
            "pmo: starting a daemon, which answers later commands in this folder sooner (it stops"
                + " after "
                + idleMinutes()
                + " idle minutes; 'pmo daemon stop' stops it now, PMO_DAEMON=0 does without)");
      }
      Path log = files.log(key);
      List<String> command = new ArrayList<>();
      // In the background, so that the shell ends at once, saying the daemon's process id: a JVM
      // that ends while a child it started still runs waits 300 ms for the thread that watches
      // the child. In a session of its own (setsid), or else deaf to the terminal's signals:
      // Ctrl-C, Ctrl-Z or closing the terminal stop the command that started the daemon, not the
      // daemon.
      command.add("/bin/sh");
      command.add("-c");
      command.add(
          "log=\"$1\"; shift; trap '' HUP INT TSTP;"
              + " if command -v setsid >/dev/null 2>&1; then setsid \"$@\" </dev/null >\"$log\" 2>&1 &"
              + " else \"$@\" </dev/null >\"$log\" 2>&1 & fi; echo $!");
      command.add("pmo-daemon");
      command.add(log.toString());
      command.add(launch.java().toString());
      command.addAll(launch.jvm());
      command.add("-cp");
      command.add(launch.jar().toString());
      command.add(daemonMain);
      command.add(files.socket(key).toString());
      command.add(key);
      command.add(launch.jar().toString());
      command.add(Integer.toString(idleMinutes()));
      Process shell =
          new ProcessBuilder(command)
              .directory(here.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      Optional<ProcessHandle> daemon;
      try {
        String pid = new String(shell.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        shell.waitFor();
        daemon = ProcessHandle.of(Long.parseLong(pid.trim()));
      } catch (NumberFormatException e) {
        daemon = Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
      long deadline = System.currentTimeMillis() + START_MILLIS;
      while (System.currentTimeMillis() < deadline) {
        started = connect(files.socket(key));
        if (started.isPresent()) {
          return started;
        }
        if (daemon.map(d -> !d.isAlive()).orElse(true)) {
          // It could not listen (a file system without sockets, say): later commands with this
          // jar, Java and folder do without, rather than try again each time. Its log says why.
          Files.writeString(
              files.failed(key), "the daemon did not start; see " + log + System.lineSeparator());
          return Optional.empty();
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
  }

  /** {@code PMO_DAEMON_IDLE}, in minutes, or {@link #IDLE_MINUTES}. */
  static int idleMinutes() {
    String given = Invocation.ofThisProcess().env("PMO_DAEMON_IDLE");
    if (given != null && given.matches("[0-9]{1,5}") && Integer.parseInt(given) > 0) {
      return Integer.parseInt(given);
    }
    return IDLE_MINUTES;
  }
}
