"""Text file bytes → str: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

Chinese Windows saves "ANSI" text as GBK, Notepad saves UTF-8 (with a BOM before 2019)
or "Unicode" (UTF-16 LE with BOM). A wrong guess shows as mojibake, so the order is
strict: a BOM decides; then UTF-8, which almost never decodes GBK bytes by accident;
then GB18030 (a superset of GBK and GB2312). Bytes that are none of these, or that decode
to control characters (a binary file), are refused with a message.

Limits at the door (app/core/limits.py): the file's size before it is read, then the
text's size, line count and longest line before anything is analysed, each refusal
naming the limit it met.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from app.core import limits
from app.core.errors import ZongjieError

MAX_IMPORT_BYTES = limits.IMPORT_MAX_BYTES  # a 100-page summary is 0.2 MB of text


class ImportFileError(ZongjieError):
    """A file cannot be imported; the message says why and what to do."""


class NotTextError(ImportFileError):
    def __init__(self, name: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            f"“{name}”不是可以导入的文本文件{extra}。请选择 Word 文档（.docx）或纯文本文件（.txt），"
            "也可以复制文字后用“粘贴导入”。"
        )


class ImportTooLargeError(ImportFileError):
    def __init__(self, name: str, size: int, limit: int = MAX_IMPORT_BYTES) -> None:
        super().__init__(
            f"“{name}”太大（{size / 1048576:.1f} MB，导入上限 {limit / 1048576:.0f} MB），"
            "不像是一篇工作总结。请确认选择的文件。"
        )


class ImportLimitError(ImportFileError):
    """An import over one of the limits in app/core/limits.py; the message names it."""

    def __init__(self, name: str, found: str, limit: str) -> None:
        self.found, self.limit = found, limit
        super().__init__(
            f"“{name}”{found}超过{limit}的上限，不像是一篇工作总结。"
            "请确认选择的文件；如确需导入，请把它分成几部分分别导入。"
        )


def check_text_limits(text: str, name: str = "文本") -> None:
    """Refuse a text too big to analyse within the app's time and memory bounds.

    Call before analysing any text (decoded files do it here; pasted text too).
    """
    size = len(text)
    if size * 3 > limits.IMPORT_MAX_TEXT_BYTES:  # cheap: a character is 1–4 UTF-8 bytes
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limits.IMPORT_MAX_TEXT_BYTES:
            raise ImportLimitError(
                name,
                f"的文字有 {size / 1048576:.1f} MB，",
                f" {limits.IMPORT_MAX_TEXT_BYTES / 1048576:.0f} MB ",
            )
    lines = max(text.count("\n"), text.count("\r")) + 1
    if lines > limits.IMPORT_MAX_LINES:
        raise ImportLimitError(name, f"有 {lines:,} 行，", f" {limits.IMPORT_MAX_LINES:,} 行")
    if len(text) > limits.IMPORT_MAX_LINE_CHARS:
        longest = max(map(len, text.splitlines()), default=0)
        if longest > limits.IMPORT_MAX_LINE_CHARS:
            raise ImportLimitError(
                name,
                f"中有一行长 {longest:,} 字，",
                f"每行 {limits.IMPORT_MAX_LINE_CHARS:,} 字",
            )


_BOMS: list[tuple[bytes, str, str]] = [
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8（带 BOM）"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
]
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v", "\x1a"}  # \x1a: old DOS end-of-file mark


def decode_text(data: bytes, name: str = "文件") -> tuple[str, str]:
    """(text, encoding label). Raises NotTextError for binary or undecodable bytes, and
    ImportLimitError for a text over the limits (before decoding, when the size tells)."""
    if len(data) > 2 * limits.IMPORT_MAX_TEXT_BYTES:  # UTF-16 takes 2 bytes a character
        raise ImportLimitError(
            name,
            f"有 {len(data) / 1048576:.1f} MB，",
            f"文本 {limits.IMPORT_MAX_TEXT_BYTES / 1048576:.0f} MB ",
        )
    text, label = _decode_any(data, name)
    check_text_limits(text, name)
    return text, label


def _decode_any(data: bytes, name: str) -> tuple[str, str]:
    if not data:
        return "", "UTF-8"
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        utf16 = _guess_bomless_utf16(data)
        if utf16 is None:
            raise NotTextError(name, "内容是二进制数据")
        label = "UTF-16 LE" if utf16.endswith("le") else "UTF-16 BE"
        return _checked(_decode(data, utf16, name), name), label
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _decode(data[len(bom) :], codec.replace("-sig", ""), name)
            return _checked(text, name), label
    try:
        return _checked(data.decode("utf-8"), name), "UTF-8"
    except UnicodeDecodeError:
        pass
    damaged = _nearly_utf8(data)
    if damaged is not None:
        return _checked(damaged[0], name), f"UTF-8（{damaged[1]} 处损坏的字符显示为 �）"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise NotTextError(name, "无法识别文字编码") from None
    # GB18030 decodes almost any bytes, so a text it gives must also read like Chinese.
    if _looks_like_random_gb18030(text[:4000]):
        raise NotTextError(name, "内容不像文字")
    return _checked(text, name), "GB18030"


def _nearly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken bytes (a file cut off mid-character): keep it UTF-8.

    Decoding it as GB18030 instead would turn every line into mojibake; GBK text, on the
    other hand, breaks UTF-8 on almost every Chinese character.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return (text, broken) if broken <= max(1, len(text) // 1000) else None


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise NotTextError(name, "文字编码有误") from None


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly ASCII puts zero bytes at even (BE) or odd (LE) places."""
    sample = data[:4096]
    if len(sample) % 2:
        sample = sample[:-1]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if half and odd > 0.3 * half and even == 0:
        return "utf-16-le"
    if half and even > 0.3 * half and odd == 0:
        return "utf-16-be"
    return None


def _checked(text: str, name: str) -> str:
    """Refuse text that is really binary: control characters or private-use/unassigned noise."""
    sample = text[:20000]
    if not sample:
        return text
    bad = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
        or 0xE000 <= ord(ch) <= 0xF8FF
        or ch == "\ufffd"
    )
    if bad > max(2, len(sample) // 200):
        raise NotTextError(name, "内容是二进制数据")
    return text


def _looks_like_random_gb18030(sample: str) -> bool:
    """GB18030 decodes almost any byte string; random bytes give rare characters everywhere.

    Real Chinese text is mostly common characters (the GB2312 level-1 set) and ASCII.
    """
    if len(sample) < 20:
        return False
    common = 0
    for ch in sample:
        if ch.isascii() or _is_common_hanzi(ch) or ch in "，。、；：？！“”‘’（）《》【】—…·　":
            common += 1
    return common < 0.6 * len(sample)


def _is_common_hanzi(ch: str) -> bool:
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    # Rows A1–A9 are punctuation and symbols, B0–D7 the 3755 level-1 (common) characters.
    return len(encoded) == 2 and (0xA1 <= encoded[0] <= 0xA9 or 0xB0 <= encoded[0] <= 0xD7)


def read_text_file(path: Path | str) -> tuple[str, str]:
    """Read a text file: (text, encoding label). Errors carry a Chinese message."""
    path = Path(path)
    return decode_text(read_import_bytes(path), path.name)


def read_import_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files over MAX_IMPORT_BYTES before reading them."""
    from app.core.errors import TooLargeError
    from app.core.fileio import read_bytes

    try:
        return read_bytes(path, MAX_IMPORT_BYTES)
    except TooLargeError:
        raise ImportTooLargeError(path.name, path.stat().st_size) from None
