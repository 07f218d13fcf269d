package scot.pmo.render.template;

import java.io.Writer;

/**
 * A writer into a string, for one thread: {@link java.io.StringWriter} locks its buffer on every
 * write, and Mustache writes each piece of every page through it.
 */
final class TextWriter extends Writer {

  private final StringBuilder text;

  TextWriter(int capacity) {
    text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(String s, int offset, int length) {
    text.append(s, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public void flush() {
    // nothing is buffered outside the text
  }

  @Override
  public void close() {
    // nothing to release
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
