package scot.pmo.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A build in a process of its own, for tests of the lock between processes: publishes the folder
 * {@code args[0]}, and while it holds the lock writes {@code args[1]} and waits until that file is
 * deleted.
 */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    Path holding = Path.of(args[1]);
    new AtomicFolderPublisher(target, List.of())
        .publish(
            staging -> {
              Files.writeString(staging.resolve("index.html"), "from the other process");
              Files.writeString(holding, Long.toString(ProcessHandle.current().pid()));
              long deadline = System.nanoTime() + 60_000_000_000L;
              while (Files.exists(holding) && System.nanoTime() < deadline) {
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            });
  }
}
