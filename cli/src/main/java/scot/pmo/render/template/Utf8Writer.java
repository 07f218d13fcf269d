package scot.pmo.render.template;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer of UTF-8 bytes, for one thread: a page is encoded piece by piece as Mustache writes it,
 * instead of being gathered into a string (which turns wide at its first dash or curly quote, so
 * that everything after it is widened too), copied out of the builder and encoded at the end.
 */
final class Utf8Writer extends Writer {

  private byte[] bytes;
  private int length;

  /** The string whose place is noted rather than written, if any (see the constructor). */
  private final String slot;

  private int slotAt = -1;
  private int slots;

  Utf8Writer(int capacity) {
    this(capacity, null);
  }

  /**
   * A writer that writes nothing for {@code slot} (that very string, not an equal one) but notes
   * where it stood, so that other output can be put in its place ({@link #toByteArrayWith}).
   */
  Utf8Writer(int capacity, String slot) {
    bytes = new byte[capacity];
    this.slot = slot;
  }

  @Override
  public void write(String s) {
    if (s == slot) {
      slots++;
      slotAt = length;
      return;
    }
    put(s.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void write(String s, int offset, int count) {
    write(s.substring(offset, offset + count));
  }

  @Override
  public void write(char[] chars, int offset, int count) {
    room(count);
    int end = offset + count;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c >= 0x80) {
        // The rest is encoded as a whole, so that surrogate pairs stay together.
        put(new String(chars, i, end - i).getBytes(StandardCharsets.UTF_8));
        return;
      }
      bytes[length++] = (byte) c;
    }
  }

  @Override
  public void write(int c) {
    write(String.valueOf((char) c));
  }

  @Override
  public Writer append(CharSequence s) {
    write(String.valueOf(s));
    return this;
  }

  @Override
  public void flush() {
    // nothing is buffered outside the bytes
  }

  @Override
  public void close() {
    // nothing to release
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  /** How many times the slot was written: 1 if {@link #toByteArrayWith} can fill it. */
  int slots() {
    return slots;
  }

  /** Whether any byte written is {@code b}. */
  boolean holds(byte b) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == b) {
        return true;
      }
    }
    return false;
  }

  /** How many bytes were written. */
  int size() {
    return length;
  }

  /** The bytes written, with what {@code inside} wrote where the one slot stood. */
  byte[] toByteArrayWith(Utf8Writer inside) {
    if (slots != 1) {
      throw new IllegalStateException("the slot was written " + slots + " times, not once");
    }
    byte[] out = new byte[length + inside.length];
    System.arraycopy(bytes, 0, out, 0, slotAt);
    System.arraycopy(inside.bytes, 0, out, slotAt, inside.length);
    System.arraycopy(bytes, slotAt, out, slotAt + inside.length, length - slotAt);
    return out;
  }

  private void put(byte[] encoded) {
    room(encoded.length);
    System.arraycopy(encoded, 0, bytes, length, encoded.length);
    length += encoded.length;
  }

  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
