package scot.pmo.cli.daemon;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import scot.pmo.run.Invocation;

/**
 * The daemon's side: listens on its socket, runs one command at a time in this JVM, which each run
 * leaves warmer for the next, and stops when idle for a while, when its jar or its folder changes
 * or goes, or when asked. Started by {@link DaemonClient}, never by hand.
 */
public final class Daemon {

  /**
   * The commands a daemon runs: those that neither ask questions nor keep running. The rest ({@code
   * serve}, {@code new}, {@code init}...) run in a process of their own.
   */
  static final Set<String> RUNS =
      Set.of("validate", "build", "list", "actions", "graph", "show", "export", "brief", "diff");

  private final Commands commands;
  private final ServerSocketChannel server;
  private final Path socket;
  private final String key;
  private final Path jar;
  private final String jarStamp;
  private final Path folder;
  private final Duration idle;
  private volatile long lastActive = System.nanoTime();
  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicInteger runs = new AtomicInteger();

  private final ScheduledExecutorService watch =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "pmo-daemon-watch");
            t.setDaemon(true);
            return t;
          });

  /**
   * What a command left is collected once the client has its answer and a second has passed without
   * another command, or at once after the second in a row: this keeps the heap near one command's
   * own peak (after builds of 1,000 entities: 350 MB, not 570), and a command given at once after
   * another need not wait for its collection.
   */
  private final Leftovers leftovers = new Leftovers(watch, System::gc, Duration.ofSeconds(1), 2);

  private Daemon(
      Commands commands,
      ServerSocketChannel server,
      Path socket,
      String key,
      Path jar,
      Duration idle) {
    this.commands = commands;
    this.server = server;
    this.socket = socket;
    this.key = key;
    this.jar = jar;
    this.jarStamp = stamp(jar);
    this.folder = Path.of("").toAbsolutePath();
    this.idle = idle;
  }

  /**
   * Serves {@code commands} until it stops, as {@link DaemonClient#start} asked: {@code args} are
   * the socket, the key, the jar and the minutes it may stay idle.
   */
  public static void serve(String[] args, Commands commands) throws IOException {
    Path socket = Path.of(args[0]);
    Files.deleteIfExists(socket); // a daemon that died; the client holds the key's lock
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    Duration idle = Duration.ofMinutes(Long.parseLong(args[3]));
    Daemon daemon = new Daemon(commands, server, socket, args[1], Path.of(args[2]), idle);
    System.out.println(
        "pmo daemon "
            + ProcessHandle.current().pid()
            + " serving "
            + daemon.folder
            + " on "
            + socket);
    daemon.serve();
  }

  private void serve() {
    watch.scheduleWithFixedDelay(this::stopIfDone, 5, 5, TimeUnit.SECONDS);
    try {
      while (true) {
        SocketChannel client;
        try {
          client = server.accept();
        } catch (IOException e) {
          break; // closed: stopIfDone, or a client asked
        }
        lastActive = System.nanoTime();
        // Each connection on a thread of its own, so that one that says nothing holds up no other,
        // and the status can be asked while a command runs.
        Thread handler = new Thread(() -> handle(client), "pmo-daemon-client");
        handler.setDaemon(true);
        handler.start();
      }
    } finally {
      stop();
    }
  }

  /** Answers one connection, and closes it. */
  private void handle(SocketChannel client) {
    try (client) {
      if (!sameUser(client)) {
        return;
      }
      DataInputStream in = new DataInputStream(Protocol.in(client));
      DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Protocol.out(client), 1 << 16));
      if (in.readInt() != Protocol.MAGIC) {
        return;
      }
      byte kind = in.readByte();
      if (kind == Protocol.STATUS || kind == Protocol.STOP) {
        byte[] text = (status() + "\n").getBytes(Charset.defaultCharset());
        Protocol.frame(out, Protocol.OUT, text, 0, text.length);
        out.writeByte(Protocol.EXIT);
        out.writeInt(0);
        out.flush();
        if (kind == Protocol.STOP) {
          server.close();
        }
        return;
      }
      if (kind != Protocol.RUN) {
        return;
      }
      Protocol.Request request = Protocol.Request.read(in);
      Optional<String> command = commands.subcommand(request.args().toArray(String[]::new));
      boolean ours =
          request.key().equals(key)
              && Path.of(request.folder()).equals(folder)
              && (command.isEmpty() || RUNS.contains(command.get()));
      // One command at a time: another, given while one runs, runs in its client's own process.
      if (!ours || !busy.compareAndSet(false, true)) {
        out.writeByte(Protocol.RUN_HERE);
        out.flush();
        return;
      }
      leftovers.commandBegun();
      try {
        if (run(client, request, in, out)) {
          server.close();
        }
      } finally {
        lastActive = System.nanoTime();
        busy.set(false);
      }
      client.close();
      leftovers.commandDone();
    } catch (IOException e) {
      // A client that went away before its command began: nothing ran, so nothing to undo.
      System.out.println("a request failed: " + e);
    }
  }

  /** Runs a command for the client, printing to it; true when the daemon should stop after it. */
  private boolean run(
      SocketChannel client, Protocol.Request request, DataInputStream in, DataOutputStream out)
      throws IOException {
    runs.incrementAndGet();
    AtomicBoolean done = new AtomicBoolean();
    // The client sends nothing more: the end of its stream means it is gone (Ctrl-C), and the
    // command with it, as it would be in a process of its own. Nothing half-done is left: every
    // output is written aside and swapped in whole.
    Thread hangUp =
        new Thread(
            () -> {
              try {
                if (in.read() < 0 && !done.get()) {
                  Files.deleteIfExists(socket);
                  Runtime.getRuntime().halt(130); // as a process stopped by Ctrl-C
                }
              } catch (IOException e) {
                // closed at the end of the run
              }
            },
            "pmo-daemon-hang-up");
    hangUp.setDaemon(true);
    hangUp.start();
    PrintWriter stdout = writer(out, Protocol.OUT, request.outCharset());
    PrintWriter stderr = writer(out, Protocol.ERR, request.errCharset());
    Invocation invocation =
        Invocation.fromClient(
            request.env(),
            request.terminal(),
            request.columns() > 0 ? OptionalInt.of(request.columns()) : OptionalInt.empty());
    int code =
        Invocation.during(
            invocation,
            () -> commands.execute(request.args().toArray(String[]::new), stdout, stderr));
    stdout.flush();
    stderr.flush();
    done.set(true);
    synchronized (out) {
      out.writeByte(Protocol.EXIT);
      out.writeInt(code);
      out.flush();
    }
    // After a bug in pmo (running out of memory among them), whatever state it left behind is not
    // trusted: a fresh JVM serves the next command.
    return commands.bug(code);
  }

  /** A writer whose every flush is sent to the client as frames of {@code kind}. */
  private static PrintWriter writer(DataOutputStream out, byte kind, String charset) {
    OutputStream frames =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            synchronized (out) {
              Protocol.frame(out, kind, b, off, len);
            }
          }

          @Override
          public void flush() throws IOException {
            synchronized (out) {
              out.flush();
            }
          }
        };
    Charset cs;
    try {
      cs = Charset.forName(charset);
    } catch (IllegalArgumentException e) {
      cs = Charset.defaultCharset();
    }
    return new PrintWriter(new OutputStreamWriter(frames, cs));
  }

  /** Whether the client runs as the user the daemon runs as (the folder's rights say so too). */
  private static boolean sameUser(SocketChannel client) {
    try {
      return client
          .getOption(ExtendedSocketOptions.SO_PEERCRED)
          .user()
          .getName()
          .equals(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      return true; // a system that cannot say: the folder's rights keep others out
    }
  }

  private String status() {
    Runtime rt = Runtime.getRuntime();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
    return String.format(
        Locale.UK,
        "pmo daemon %d in %s: up %d min %02d s, %d command%s run%s, %d MB of %d MB heap in use",
        ProcessHandle.current().pid(),
        folder,
        uptime / 60,
        uptime % 60,
        runs.get(),
        runs.get() == 1 ? "" : "s",
        busy.get() ? " (one running now)" : "",
        usedMb,
        rt.totalMemory() >> 20);
  }

  /** Closes the server, so that {@link #serve} stops, when it is no longer wanted. */
  private void stopIfDone() {
    if (busy.get()) {
      return;
    }
    String why = null;
    if (System.nanoTime() - lastActive > idle.toNanos()) {
      why = "idle for " + idle.toMinutes() + " minutes";
    } else if (!stamp(jar).equals(jarStamp)) {
      why = "pmo's jar changed";
    } else if (!Files.isDirectory(folder)) {
      why = "its folder is gone";
    } else if (!Files.exists(socket)) {
      why = "its socket is gone";
    }
    if (why != null) {
      System.out.println("stopping: " + why);
      try {
        server.close();
      } catch (IOException e) {
        Runtime.getRuntime().halt(0);
      }
    }
  }

  private void stop() {
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // the next client finds no daemon and starts one
    }
    System.exit(0);
  }

  private static String stamp(Path jar) {
    try {
      return Files.getLastModifiedTime(jar).toMillis() + "-" + Files.size(jar);
    } catch (IOException e) {
      return "missing";
    }
  }
}
