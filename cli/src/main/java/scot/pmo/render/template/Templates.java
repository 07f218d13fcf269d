package scot.pmo.render.template;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import scot.pmo.render.markdown.MarkdownRenderer;

/**
 * The Mustache templates of a run: pmo's own, each replaceable by the repository's file of the same
 * path under {@code templates/} ({@link TemplateSet}). A template that names a field the data does
 * not have fails with a {@link TemplateException} naming its file and line, instead of printing
 * nothing.
 *
 * <p>{@code {{name}}} is escaped for the output: HTML in {@code *.html.mustache}, Markdown in
 * {@code *.md.mustache}; {@code {{{name}}}} is written as it is, for text already rendered. Give
 * templates plain records, maps, lists and strings only: Mustache can call any public method of
 * what it is given.
 */
public final class Templates {

  /** The folder, under the repository root, that holds the programme's own templates. */
  public static final String FOLDER = TemplateSet.FOLDER;

  private final TemplateSet set;
  private DefaultMustacheFactory html;
  private DefaultMustacheFactory markdown;

  /** pmo's templates, overridden by those under {@code repo/templates}. */
  public Templates(Path repo) {
    this.set = new TemplateSet(repo);
  }

  /** Which templates there are, and where each comes from. */
  public TemplateSet set() {
    return set;
  }

  /**
   * Renders the template {@code name} (relative to {@code templates/}, e.g. {@code
   * paper/briefing.html.mustache}) with {@code scopes}; a field is looked up in the last scope
   * first.
   */
  public String render(String name, Object... scopes) {
    // Room for a typical page, so that most are written without the buffer growing.
    TextWriter out = new TextWriter(16 * 1024);
    execute(name, out, scopes);
    return out.toString();
  }

  /**
   * Renders as {@link #render} does, straight into UTF-8: for a page written to a file, which need
   * not become a string first.
   */
  public byte[] renderUtf8(String name, Object... scopes) {
    Utf8Writer out = new Utf8Writer(32 * 1024);
    execute(name, out, scopes);
    return out.toByteArray();
  }

  /**
   * Renders {@code outer} with the output of {@code inner} in it: the same bytes as {@code
   * renderUtf8(outer, outerScope.apply(render(inner, innerScopes)))}, where {@code outerScope}
   * makes the outer template's scope around the inner text, which the template writes raw ({@code
   * {{{...}}}}). The inner text is written straight into UTF-8 in its place rather than gathered
   * into a string first (which turns wide at its first dash or curly quote, so that every piece
   * after it is widened and then encoded one character at a time): that was a sixth of a large
   * site's build. An outer template that escapes the text, changes it, writes it more than once or
   * not at all, or an inner one that writes nothing, is rendered the long way.
   */
  public byte[] renderUtf8Around(
      String outer, Function<String, Object> outerScope, String inner, Object... innerScopes) {
    // A new string each time, so that nothing but this very value can be taken for it.
    String slot = new String(SLOT);
    Utf8Writer frame = new Utf8Writer(16 * 1024, slot);
    execute(outer, frame, outerScope.apply(slot));
    // Written once as itself, and nowhere else in any form (escaped, say): DEL is in no page.
    if (frame.slots() == 1 && !frame.holds(SLOT_MARK)) {
      Utf8Writer inside = new Utf8Writer(32 * 1024);
      execute(inner, inside, innerScopes);
      if (inside.size() > 0) {
        return frame.toByteArrayWith(inside);
      }
    }
    return renderUtf8(outer, outerScope.apply(render(inner, innerScopes)));
  }

  /**
   * What stands for the inner text while the outer template is rendered (see above): a NUL, which
   * HTML escaping changes, so that an escaped use is never this very string, and at each end a DEL,
   * which escaping leaves as it is and a page never holds, so that any other use shows.
   */
  private static final String SLOT = "\u007f\u0000pmo inner text\u0000\u007f";

  private static final byte SLOT_MARK = 0x7f;

  private void execute(String name, Writer out, Object... scopes) {
    DefaultMustacheFactory factory = factoryFor(name);
    try {
      Mustache mustache = factory.compile(name);
      mustache.execute(out, List.of(scopes));
    } catch (TemplateException e) {
      throw e;
    } catch (MustacheNotFoundException e) {
      throw new TemplateException(
          FOLDER + "/" + name,
          0,
          "the template " + notFoundName(e) + " does not exist",
          "correct the partial's name; 'pmo templates list' lists the templates there are");
    } catch (MustacheException e) {
      throw translate(e);
    }
  }

  /** A file of the templates as text, such as the paper's CSS. */
  public String read(String name) {
    return set.read(name);
  }

  /** Whether {@code name} is a template, pmo's own or the repository's. */
  public boolean exists(String name) {
    return set.exists(name);
  }

  private synchronized DefaultMustacheFactory factoryFor(String name) {
    boolean md = name.endsWith(".md.mustache");
    if (md) {
      if (markdown == null) {
        markdown = factory(true);
      }
      return markdown;
    }
    if (html == null) {
      html = factory(false);
    }
    return html;
  }

  private DefaultMustacheFactory factory(boolean markdownEscaping) {
    DefaultMustacheFactory factory =
        new DefaultMustacheFactory(this::reader) {
          @Override
          public void encode(String value, Writer writer) {
            if (markdownEscaping) {
              try {
                writer.write(MarkdownRenderer.escapeText(value));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            } else if (HtmlText.needsNoEscape(value)) {
              try {
                writer.write(value);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            } else {
              super.encode(value, writer);
            }
          }
        };
    factory.setObjectHandler(new StrictObjectHandler());
    return factory;
  }

  /** What Mustache reads for a template or partial: null when there is none, as it expects. */
  private Reader reader(String name) {
    String normal = name.startsWith("/") ? name.substring(1) : name;
    if (!set.exists(normal)) {
      return null;
    }
    return new StringReader(new String(set.bytes(normal), StandardCharsets.UTF_8));
  }

  private static TemplateException translate(MustacheException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TemplateException te) {
        return te;
      }
    }
    TemplateContext at = e.getContext();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int cut = message.indexOf(" @[");
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    return new TemplateException(
        at == null ? FOLDER : FOLDER + "/" + at.file(),
        at == null ? 0 : at.line(),
        "the template cannot be used: " + message,
        "check that every {{#section}} is closed by a matching {{/section}}");
  }

  /** The top folder of a template under templates/, such as {@code site/}, or "". */
  private static String readmeFolder(String file) {
    int slash = file.indexOf('/');
    return slash < 0 ? "" : file.substring(0, slash + 1);
  }

  private static String notFoundName(MustacheNotFoundException e) {
    String name = e.getName();
    return name == null ? "named" : FOLDER + "/" + name;
  }

  /** Finds fields as Mustache does, but fails where Mustache would print nothing. */
  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
      return new GuardedBinding(this, name, tc, code) {
        @Override
        protected synchronized Wrapper getWrapper(String field, List<Object> scopes) {
          Wrapper wrapper = super.getWrapper(field, scopes);
          if (wrapper instanceof MissingWrapper && !(code instanceof PartialCode)) {
            throw new TemplateException(
                FOLDER + "/" + tc.file(),
                tc.line(),
                "'" + field + "' is not a field of the data this template is given",
                "correct the name in the template; the fields are described in the README.md"
                    + " of its folder ("
                    + FOLDER
                    + "/"
                    + readmeFolder(tc.file())
                    + "README.md)");
          }
          return wrapper;
        }
      };
    }
  }
}
