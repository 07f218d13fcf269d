package scot.pmo.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeftoversTest {

  private static final Duration QUIET = Duration.ofMillis(200);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger collections = new AtomicInteger();
  private final Leftovers leftovers =
      new Leftovers(scheduler, collections::incrementAndGet, QUIET, 3);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /** Waits for whatever the scheduler has due by then. */
  private void after(Duration wait) throws Exception {
    Thread.sleep(wait.toMillis());
    scheduler.submit(() -> {}).get();
  }

  @Test
  void collectsOnceNoCommandHasComeForAQuietWhile() throws Exception {
    leftovers.commandBegun();
    leftovers.commandDone();
    assertThat(collections).hasValue(0);
    after(QUIET.multipliedBy(3));
    assertThat(collections).hasValue(1);
  }

  @Test
  void aCommandBegunMeanwhilePutsTheCollectionOff() throws Exception {
    leftovers.commandBegun();
    leftovers.commandDone();
    leftovers.commandBegun(); // the next command of a script, before the quiet time is out
    after(QUIET.multipliedBy(3));
    assertThat(collections).as("none while a command runs").hasValue(0);
    leftovers.commandDone();
    after(QUIET.multipliedBy(3));
    assertThat(collections).hasValue(1);
  }

  @Test
  void collectsAtOnceAfterTheThirdCommandInARowWithoutOne() {
    for (int i = 0; i < 3; i++) {
      leftovers.commandBegun();
      leftovers.commandDone();
    }
    assertThat(collections).hasValue(1);
  }
}
