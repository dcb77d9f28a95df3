"""A feed's bytes as UTF-8, whatever charset its host serves it in.

RFC 5545 makes UTF-8 the iCalendar default, and icalendar reads bytes as
UTF-8 (replacing what does not decode), so a feed served as
`text/calendar; charset=ISO-8859-1` or windows-1252 kept its dates but lost
its accents ("Se�ora P�rez"). The rules, in order:
- a byte-order mark (UTF-8, UTF-16) decides;
- a declared charset is used as declared, except that a body declared in a
  single-byte charset (ISO-8859-x, windows-125x, …) that is valid UTF-8 with
  non-ASCII bytes is read as UTF-8: servers that label every text file
  ISO-8859-1 are common, while real Latin-1 text (an accented letter followed by
  one or two symbols from 0x80–0xBF) is practically never valid UTF-8;
- ISO-8859-1 and US-ASCII labels mean windows-1252, as in browsers (WHATWG):
  hosts that say Latin-1 send Windows' curly quotes and dashes in 0x80–0x9F;
- nothing declared, an unknown label, or a body the declared charset cannot
  decode: UTF-8, then windows-1252, then Latin-1 (which decodes anything).
"""

from __future__ import annotations

import codecs
import functools

UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Labels browsers read as windows-1252 (codecs' canonical names).
WINDOWS_1252_ALIASES = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})


def to_utf8(body: bytes, charset: str | None) -> bytes:
    """`body` re-encoded as UTF-8, without a byte-order mark."""
    if body.startswith(UTF8_BOM):
        body, codec = body[len(UTF8_BOM) :], "utf-8"
    elif body.startswith(UTF16_BOMS):
        codec = "utf-16"
    else:
        codec = _codec(charset)
    if codec is not None and _single_byte(codec):
        if not body.isascii() and _decode(body, "utf-8") is not None:
            codec = "utf-8"  # mislabelled UTF-8, by far the likelier story
        elif codec in WINDOWS_1252_ALIASES:
            codec = "cp1252"
    for candidate in (codec, "utf-8", "cp1252", "latin-1"):
        text = _decode(body, candidate) if candidate else None
        if text is not None:
            return body if candidate == "utf-8" else text.encode("utf-8")
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _codec(charset: str | None) -> str | None:
    """codecs' canonical name for a Content-Type charset label; None when absent or unknown."""
    label = (charset or "").strip().strip('"').strip()
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


@functools.cache
def _single_byte(codec: str) -> bool:
    """One byte per character, ASCII as ASCII (ISO-8859-x, windows-125x; not UTF-8)."""
    if codec == "utf-8":
        return False
    try:
        text = bytes(range(256)).decode(codec, "replace")
    except LookupError:
        return False
    return len(text) == 256 and text[:128] == "".join(map(chr, range(128)))


def _decode(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
