"""Code a message carries: pasted, not said.

A German developer who writes "kannst du mir helfen? Ich bekomme diesen
Fehler:" above twelve lines of a Python traceback speaks German, and du: the
traceback is in the language software prints, English, and in no register.
Read whole, the message is English to langdetect and its du is outvoted.
``prose_of`` blanks, keeping every offset:

- fenced blocks (```, ~~~; one still open runs to the end) and inline `code`;
- links, e-mail addresses, handles and hashtags (https://…/tu-perfil,
  @tu_tienda, #감사합니다 under a casual post: a tag, which addresses no one);
- indented blocks: lines indented four spaces or a tab after a blank line
  (Markdown's rule, so a list item's wrapped line is prose);
- unfenced traces and logs, line by line: Traceback (most recent call
  last):, File "…", line 3, indented Java and JavaScript frames (at …
  (…)), TypeError: …, panic:, npm ERR!, error[E0308]:, hint:, a shell
  prompt's $ command, a line opening with a timestamp, a compiler's
  source frame (--> src/main.rs:14:22, 12 | code, ^^^^, server.c:48:5:).
  Not a Markdown bullet (* …) or table row (| …), which prose uses too.

The analyzers (detect/register) and language detection read what is left.
A message that is all code is left whole: then the code is all there is.
"""

from __future__ import annotations

import re

from chatbot.detect.blanks import aside

__all__ = ["prose_of"]

_FENCED = re.compile(r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)", re.DOTALL)
_INLINE = re.compile(r"`[^`\n]{1,200}`")
# Addresses: a link, an e-mail address, a handle (@tu_tienda): https://…/tu-perfil holds no tu.
# A hashtag tags a topic (#감사합니다 under a casual post): no one is addressed by it.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.-]+|(?<![\w@])@\w[\w.]*|(?<![\w#&])#[^\W\d_][^\s#]*"
)
_TRACE_LINE = re.compile(
    r"[ \t]*(?:Traceback \(most recent call last\):"
    r"|File \"[^\"\n]+\", line \d+"
    r"|(?<=[ \t])at [^\n(]{1,160}\(.*\)"
    r"|[A-Za-z_][\w.]*(?:Error|Exception|Warning)(?:\[\w+\])?:"
    r"|(?:Exception in thread|Caused by:|Stack trace:|panic:|goroutine \d+|PHP (?:Fatal|Warning|Notice))"
    r"|(?:npm|yarn|pnpm) (?:ERR!|WARN)"
    r"|(?:error|warning|hint|fatal|note)(?:\[[A-Z]?\d+\])?: "
    r"|\$ [a-z][\w.-]*"
    # A log line's timestamp: 2024-03-12 09:14:02, 2024/05/02 11:20:31, May 14 03:12:44, [2024-…
    r"|\[?\d{4}[-/.]\d\d[-/.]\d\d[ T]\d\d:\d\d"
    r"|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d"
    # A compiler's source frame and pointer (  --> src/main.rs:14:22, 12 |  code, ^^^^)
    r"|-->\s"
    r"|\d+\s*[|│]|│|\s+\|"
    r"|[\^~-]{3,}\s*$"
    r"|[\w./-]+\.\w+:\d+(?::\d+)?:"
    # A PHP frame (#0 /var/www/…, #1 {main}) or a build step (#8 3.214 ERROR); not "#1 Frage".
    r"|#\d+ (?:[/\\{]|\w:\\|\d)"
    r"|[\w./-]+\.\w+: "  # server.c: In function …
    # A log's tag: [vite] Internal server error, [ERROR]; not a label ([Pengumuman], [Update]).
    r"|\[(?:[a-z][\w:.-]*|INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\] \S"
    r"|\w+: (?:/|\w+:\w)"  # File: /home/…, Plugin: vite:import-analysis
    r"|(?:ERROR|FATAL|WARNING|WARN|INFO|DEBUG|DETAIL|HINT|CONTEXT|STATEMENT|LINE \d+):\s"
    r")"
)
_INDENTED = re.compile(r"(?: {4}|\t)[ \t]*\S")


def prose_of(text: str) -> str:
    """``text`` with the code it carries blanked (see the module docstring)."""
    if not any(mark in text for mark in ("`", "~~~", "\n", "@", "#", "://", "www.")):
        return text
    spans = [m.span() for pattern in (_FENCED, _INLINE, _ADDRESS) for m in pattern.finditer(text)]
    pos, after_blank, in_block = 0, True, False
    for line in text.split("\n"):
        end = pos + len(line)
        indented = _INDENTED.match(line) is not None
        if indented and (after_blank or in_block):
            spans.append((pos, end))
            in_block = True
        elif _TRACE_LINE.match(line):
            spans.append((pos, end))
            in_block = True  # the indented source line a frame quotes is the trace's
        elif line.strip():
            in_block = False
        after_blank = not line.strip()
        pos = end + 1
    return aside(text, spans)  # a message all code is read as it is
