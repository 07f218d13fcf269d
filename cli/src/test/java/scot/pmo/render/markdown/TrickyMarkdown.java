package scot.pmo.render.markdown;

import java.util.List;

/** Hand-written Markdown whose HTML is easy to get subtly wrong. */
final class TrickyMarkdown {

  private TrickyMarkdown() {}

  static final List<String> CASES = List.of(
      "", "\n", "\n\n\n", "   ", "\t", "plain", "Plain *text*.", " leading space", "trailing  ",
      "trailing spaces   \nnext", "tab\there", "\ttab first\n", "a\n\n\n\nb",
      // lists, tight and loose, nested, with blank lines and empty items
      "- a\n- b\n- c", "- a\n\n- b\n- c", "- a\n- b\n\n  more b\n- c",
      "1. one\n2. two\n   - nested\n   - nested 2\n3. three",
      "- a\n  - b\n    - c\n\n      loose c\n  - d\n- e",
      "- a\n\n\n- b", "-\n- b\n-", "- \n  text after empty marker", "* [ ] task\n* [x] done",
      "3. three\n4. four", "0. zero", "1) paren\n2) two", "10. ten\n\n11. eleven",
      "- a\n1. b", "+ a\n* b\n- c", "- a\n  > quote in item\n- b",
      "- para\n\n      code in item\n- b", "- ```\n  fenced in item\n  ```\n- b",
      "- # heading in item\n- b", "1. a\n\n   b\n\n   c", "- a\n- b\n\n<!-- -->\n\n- c",
      // block quotes
      "> quote", "> a\n> b\n>\n> c", "> - list\n> - in quote", "> > nested\n> quote",
      "> # h\n> text", ">\n>", "> lazy\ncontinuation", "> 1. a\n>\n> 2. b",
      // headings
      "# H1", "###### H6", "####### not", "#", "# ", "## trailing ##", "#hash", "Setext\n===",
      "Setext two\n---", "Multi\nline\n===", "# *emph* [link](a.md) `code`", "\\# not heading",
      "  # indented heading", "Title\n=\n\ntext",
      // code
      "`code`", "`` a ` b ``", "` `` `", "`  spaced  `", "``` ```", "`a\nb`", "`<tag> & \"`",
      "```\ncode\n```", "```java\nint x = 1;\n```", "``` yaml extra words\nk: v\n```",
      "~~~\ntilde\n~~~", "```\n\n\nblank lines\n\n\n```", "```\nunclosed", "```a&amp;b\nx\n```",
      "```c\\+\\+\nx\n```", "    indented\n    code", "    code\n\n    more\n\n\n",
      "\tcode with tab", "para\n\n    code\n\npara", "```\n  spaces\n\ttab\n```",
      "```&#0;\nx\n```", "```\"q\"\nx\n```", "````\n```\n````",
      // entities and escapes
      "&amp; &copy; &#35; &#x22;", "&nbsp;x", "&bogus; &", "&#0; &#xD800; &#99999999;",
      "&#13;", "a\n&#13;\nb", "&#10;", "\\* \\_ \\[ \\] \\\\ \\` \\# \\& \\< \\a",
      "\\&amp;", "&amp;amp;", "a&b<c>d\"e'f", "5 > 3 & 2 < 4",
      // links
      "[a](https://example.org)", "[a](https://example.org \"title\")",
      "[a](https://example.org 'it''s')", "[a](x \"q \\\" q\")", "[a](x (paren title))",
      "[a](<url with spaces>)", "[a](url%20enc)", "[a](https://example.org/ü/ñ)",
      "[a](<a<b>)", "[a](x\"y)", "[a](x&amp;y)", "[a](&#106;avascript:x)",
      "[a](javascript:alert(1))", "[a](JavaScript:x)", "[a](  javascript:x  )",
      "[a](java\\tscript:x)", "[a](//evil.example)", "[a](/abs)", "[a](#frag)", "[a]()",
      "[a](<>)", "[](empty.md)", "[a](b.md)[c](d.md)", "[**strong** `code`](x.md)",
      "[a](x \"title with &amp; &copy; &bogus;\")", "[a](x 'title <b>')",
      "[outer [inner](x)](y)", "[a](data:text/html,x)", "[a](mailto:a@b.org)",
      "[a](https://example.org/a?b=c&d=e#f)", "[a](https://x/&quot;)", "[a](x\\)y)",
      // reference links and images
      "[ref]\n\n[ref]: https://example.org", "[text][ref]\n\n[ref]: x.md \"T\"",
      "[Ref][]\n\n[ref]: x.md", "[missing][nope]", "[missing]", "[*em*][nope]", "[a][]",
      "![img]\n\n[img]: x.png", "![alt *b*][img]\n\n[img]: x.png 'title'", "![nope]",
      "![x][nope]", "[j][js]\n\n[js]: javascript:alert(1)",
      "![j][js]\n\n[js]: javascript:alert(1)", "[r]: only-a-definition.md",
      "[r]:\n  x.md\n  \"title on next line\"\n\n[r]", "[a\nb][ab]\n\n[a b]: x.md",
      // images
      "![alt](x.png)", "![alt](x.png \"title\")", "![alt *em* `c`](x.png)", "![](x.png)",
      "![a](javascript:x)", "![a](<x y.png>)", "![a ![b](c)](d)", "![a](x.png =100x200)",
      // autolinks
      "<https://example.org>", "<http://a.b/c?d=e&f=g>", "<mailto:a@b.org>", "<a@b.org>",
      "<javascript:alert(1)>", "<x:y>", "<a+b@c.d>", "<www.example.org>", "https://bare.org",
      // raw HTML
      "<b>bold</b> text", "<!-- comment --> text", "<!-- block comment -->",
      "<!-- multi\nline\ncomment -->\n\nafter", "<div>\nblock\n</div>",
      "<div>\n  indented\n\n  after blank\n</div>", "<script>\nalert(1)\n</script>",
      "<pre>\n  pre\n\n  text\n</pre>", "<?php echo 1; ?>", "<![CDATA[ x ]]>",
      "<div onclick=x>hi</div>", "text <span\nclass=\"x\">multi line</span>",
      "<a href=\"javascript:x\">j</a>", "</div>", "<custom-tag>\nx\n</custom-tag>",
      "<table><tr><td>\ncell\n</td></tr></table>", "<!DOCTYPE html>",
      // breaks
      "hard  \nbreak", "hard\\\nbreak", "soft\nbreak", "trailing hard  ", "a  \n  b",
      "a\\\n\\\nb", "*a  \nb*",
      // emphasis
      "*a* _b_ **c** __d__ ***e*** *a **b** c*", "**unclosed", "*", "_x_y_", "a*b*c",
      "*[link](a.md)* and **[strong](b.md)**", "***", "---", "___", " * * *", "a\n***\nb",
      // mixtures and text
      "Gàidhlig – na h-Alba — “quoted” ‘single’ …", "2024–25 € £ ©", "日本語 🙂",
      "# [Heading](h.md)\n\n- [item](i.md)\n  - [nested](n.md)\n\n> [quote](q.md)",
      "| a | b |\n|---|---|\n| x | y |", "line one\nline two\n\nline three",
      "para\n- list right after", "- item\npara lazily", "1. a\n1. b\n1. c",
      "text<br/>more", "a\r\nb\r\n\r\nc", "a\rb", "x\u00a0y\u2028z", "\u0000nul",
      "\\\n", "a\\", "[a](b.md) [odd](odd.md) [gone](missing.txt)",
      "Some text\n\n    \n\nmore",
      // attributes over more than one line, references in attributes
      "[a](x \"multi\n  line title\")", "![a](x.png \"t\n  u\")", "![a\n  b](x.png)",
      "[a\nb](x.md)", "![a &amp; b &copy; &bogus;](x.png)", "<http://a.b/?x=1&amp;y=2>",
      "<http://a.b/\\x>", "[a](x.md \"&#x26; &#38; &AMP; &#xZZ; &\")",
      "[r][]\n\n[r]: x.md \"two\n  lines\"",
      // pipe tables: alignments, inline markup, escaped and coded pipes, links, ragged rows
      "| l | c | r | n |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |",
      "| *em* | **strong** | `code` |\n|---|---|---|\n| a \\| b | `x \\| y` | `p | q` |",
      "| link |\n|---|\n| [a](a.md) [odd](odd.md) [gone](x.txt) <https://x.org> |",
      "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n| | | |",
      "| a | b |\n|---|\n| 1 | 2 |", "| a |\n|---|---|\n| 1 | 2 |",
      "para\n| a | b |\n|---|---|\n| 1 | 2 |", "para\n\n| a | b |\n|---|---|\n| 1 | 2 |",
      "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n- next",
      "- | a |\n  |---|\n  | 1 |", "> | a | b |\n> |---|---|\n> | 1 | 2 |",
      "| only | a header |\n|---|---|", "a | b\n-|-\nc | d", "|-|\n|a|",
      "| a |\n|---|\n| 1 |\nlazy text", "| a |\n|---|\n\n| 1 |",
      "| <b>x</b> | <!-- c --> | &amp; &bogus; |\n|---|---|---|\n| ![i](x.png) | \\* | \\|\\| |",
      "| a |\n|---|\n| 1  \n| 2 |", "|||\n|-|-|\n|||", "| a || b |\n|---|---|---|",
      "| a |\n| --- |\n| [x](<y z.md>) |", "| head |\n|---|\n[caption]",
      "    | code |\n    |---|", "| a |\n|---|\n| `unclosed |",
      "# h\n| a |\n|---|\n| 1 |", "| a | b |\n| :---: | ---: |\n| c | d |\n\ntext after");
}
