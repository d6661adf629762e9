"""Font files for the font tests: a real font given another name (its `name` table
replaced), so a test can install "仿宋_GB2312" in a folder of its own."""

from __future__ import annotations

import struct
from pathlib import Path

# Windows platform, Unicode BMP; languages zh-CN and en-US.
_ZH, _EN = 0x0804, 0x0409


def base_font() -> Path | None:
    """A plain TrueType/OpenType file of this machine to rename (not a collection)."""
    for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.suffix.lower() in (".ttf", ".otf") and path.stat().st_size < 5_000_000:
                return path
    return None


def name_table(family_zh: str, family_en: str) -> bytes:
    records = [
        (_EN, 1, family_en),
        (_EN, 2, "Regular"),
        (_EN, 4, family_en),
        (_EN, 6, family_en.replace(" ", "")),
        (_ZH, 1, family_zh),
        (_ZH, 2, "Regular"),
        (_ZH, 4, family_zh),
    ]
    records.sort(key=lambda r: (3, 1, r[0], r[1]))
    strings = b""
    entries = b""
    for language, name_id, text in records:
        raw = text.encode("utf-16-be")
        entries += struct.pack(">HHHHHH", 3, 1, language, name_id, len(raw), len(strings))
        strings += raw
    header = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return header + entries + strings


def renamed_font(base: Path, target: Path, family_zh: str, family_en: str) -> Path:
    """Write `base` to `target` with its family named family_zh / family_en."""
    data = base.read_bytes()
    version, count = struct.unpack_from(">4sH", data, 0)
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = data[offset : offset + length]
    tables[b"name"] = name_table(family_zh, family_en)
    tags = sorted(tables)
    power = 1
    while power * 2 <= len(tags):
        power *= 2
    search = power * 16
    out = struct.pack(
        ">4sHHHH", version, len(tags), search, power.bit_length() - 1, len(tags) * 16 - search
    )
    offset = 12 + 16 * len(tags)
    body = b""
    for tag in tags:
        table = tables[tag]
        out += struct.pack(">4sIII", tag, _checksum_of(table), offset + len(body), len(table))
        body += table + b"\0" * (-len(table) % 4)
    target.write_bytes(out + body)
    return target


def _checksum_of(table: bytes) -> int:
    padded = table + b"\0" * (-len(table) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
