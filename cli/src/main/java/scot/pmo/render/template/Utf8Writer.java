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

  Utf8Writer(int capacity) {
    bytes = new byte[capacity];
  }

  @Override
  public void write(String s) {
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
