package scot.pmo.render.paper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (a Word document is one) with every entry dated {@code when}, in the same order,
 * so that the same paper gives the same bytes whatever the clock or the time zone says.
 */
final class ZipTimes {

  private ZipTimes() {}

  static byte[] fix(byte[] zip, Instant when) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(LocalDateTime.ofInstant(when, ZoneOffset.UTC));
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
