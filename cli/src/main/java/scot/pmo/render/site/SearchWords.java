package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The distinct words of a page for the search index, gathered in one pass over its HTML and text:
 * the same words, in the same order, as {@link SearchIndex#words} finds in the page's text (its
 * HTML through {@link Html#text}), without making that text. Every page goes through here, and the
 * text was a tenth of a large build.
 *
 * <p>The fragments are read when the words are asked for, so that {@link KeptWords} can first see
 * whether they are the ones a page was made of before.
 */
final class SearchWords {

  /** A piece of the page, HTML or plain text, as it was given. */
  record Fragment(String text, boolean html) {}

  private final List<Fragment> fragments = new ArrayList<>();

  /** The distinct words so far, separated by spaces, in {@code out[0..outLength)}. */
  private char[] out = new char[4096];

  private int outLength;

  /**
   * An open-addressing set of the words in {@code out}: each slot holds a word's start plus one, or
   * 0. Words are compared where they stand, so a repeated word makes no string.
   */
  private int[] slots = new int[1024];

  private int distinct;

  /** The word being read, lower case, in {@code word[0..length)}. */
  private char[] word = new char[64];

  private int length;
  private char joiner;

  /**
   * Whether a fragment holds a letter whose lower case depends on the letters around it (capital
   * sigma) or is two characters long (dotted capital I): such pages take the long way.
   */
  private boolean contextual;

  /**
   * Adds rendered HTML read as {@link Html#text} reads it: a block's tags are gaps between words,
   * an inline element's tags are nothing, and the escapes it decodes decoded.
   */
  SearchWords html(String html) {
    add(html, true);
    return this;
  }

  /** Adds plain text, as it is. */
  SearchWords text(String text) {
    add(text, false);
    return this;
  }

  private void add(String s, boolean html) {
    fragments.add(new Fragment(s, html));
    if (s.indexOf('\u0130') >= 0 || s.indexOf('\u03A3') >= 0) {
      contextual = true;
    }
  }

  /** The fragments given so far, in order. */
  List<Fragment> fragments() {
    return List.copyOf(fragments);
  }

  /** Reads one fragment's words into the set. */
  private void read(String s, boolean html) {
    gap();
    // One loop over the characters with letters and digits handled in it: the page's text is
    // most of what the search index costs.
    char[] chars = s.toCharArray();
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        if (length + 2 > word.length) {
          word = java.util.Arrays.copyOf(word, word.length * 2);
        }
        if (joiner != 0) {
          word[length++] = joiner;
          joiner = 0;
        }
        word[length++] = c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
        continue;
      }
      if (html && c == '<') {
        int end = Html.markupEnd(s, i);
        if (end >= 0) {
          if (Html.breaksText(s, i)) {
            gap(); // a block's tags are a space; an inline element's run into the words around
          }
          i = end;
          continue;
        }
      }
      if (html && c == '&') {
        char decoded = Html.entity(s, i);
        if (decoded != 0) {
          feed(decoded);
          i = s.indexOf(';', i);
          continue;
        }
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
        feed(Character.toCodePoint(c, chars[++i]));
      } else {
        feed(c);
      }
    }
  }

  /** One code point of text: part of a word, a joiner inside one, or a gap. */
  private void feed(int cp) {
    if (SearchIndex.isWordChar(cp)) {
      if (length + 3 > word.length) {
        word = java.util.Arrays.copyOf(word, word.length * 2);
      }
      if (joiner != 0) {
        word[length++] = joiner;
        joiner = 0;
      }
      length += Character.toChars(Character.toLowerCase(cp), word, length);
    } else if (length > 0 && joiner == 0 && SearchIndex.isJoiner(cp)) {
      joiner = (char) cp;
    } else {
      gap();
    }
  }

  /** Ends the word being read, if any; a joiner not followed by a letter is not part of it. */
  private void gap() {
    joiner = 0;
    if (length == 0) {
      return;
    }
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + word[i];
    }
    int mask = slots.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        slots[slot] = append() + 1;
        if (++distinct * 2 > slots.length) {
          grow();
        }
        break;
      }
      if (sameWord(entry - 1)) {
        break;
      }
    }
    length = 0;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** Whether the word being read stands in {@code out} at {@code start}. */
  private boolean sameWord(int start) {
    int end = start + length;
    if (end > outLength || end < outLength && out[end] != ' ') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (out[start + i] != word[i]) {
        return false;
      }
    }
    return true;
  }

  /** Appends the word being read to {@code out}; returns where it starts. */
  private int append() {
    if (outLength + length + 1 > out.length) {
      out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, outLength + length + 1));
    }
    if (outLength > 0) {
      out[outLength++] = ' ';
    }
    int start = outLength;
    System.arraycopy(word, 0, out, outLength, length);
    outLength += length;
    return start;
  }

  /** Doubles the set, placing each word again. */
  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 1;
    for (int entry : old) {
      if (entry == 0) {
        continue;
      }
      int start = entry - 1;
      int hash = 0;
      for (int i = start; i < outLength && out[i] != ' '; i++) {
        hash = 31 * hash + out[i];
      }
      int slot = mix(hash) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry;
    }
  }

  /**
   * The distinct words, lower case, separated by spaces, in the order they first appear. Asked for
   * once.
   */
  String words() {
    if (contextual) {
      StringBuilder text = new StringBuilder();
      for (Fragment f : fragments) {
        text.append(' ').append(f.html() ? Html.text(f.text()) : f.text());
      }
      return SearchIndex.words(text.toString());
    }
    for (Fragment f : fragments) {
      read(f.text(), f.html());
    }
    gap();
    return new String(out, 0, outLength);
  }
}
