package scot.pmo.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request reaches the daemon as the client sent it, however awkward its arguments. */
class ProtocolTest {

  @Test
  void aRequestIsReadAsItWasWritten() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SOURCE_DATE_EPOCH", "1000000000");
    env.put("EMPTY", "");
    env.put("NAME", "Gàidhlig ✓");
    Protocol.Request sent =
        new Protocol.Request(
            "0123abcd",
            "/home/someone/programme with spaces",
            List.of("--repo", "a b", "validate", "", "two\nlines", "it's", "--x=y z"),
            env,
            true,
            132,
            "UTF-8",
            "ISO-8859-1");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    sent.write(new DataOutputStream(bytes));

    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(in.readInt()).isEqualTo(Protocol.MAGIC);
    assertThat(in.readByte()).isEqualTo(Protocol.RUN);
    assertThat(Protocol.Request.read(in)).isEqualTo(sent);
    assertThat(in.read()).as("nothing left over").isEqualTo(-1);
  }

  @Test
  void aStrayConnectionsBytesAreRefusedRatherThanBelieved() {
    // A length that no request has: the daemon gives up on the connection, not its memory.
    byte[] stray = {0x7f, 0x7f, 0x7f, 0x7f, 'G', 'E', 'T'};
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(stray));
    assertThatThrownBy(() -> Protocol.Request.read(in))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a pmo request");
  }
}
