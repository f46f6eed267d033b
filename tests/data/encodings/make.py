#!/usr/bin/env python3
"""Writes the encoding fixtures in this folder: one small assessment of the default model
saved the ways colleagues' machines save it, and files that are not text or were cut short.
Run it from anywhere (python3 tests/data/encodings/make.py); the files it writes are committed,
so the tests do not need Python. See docs/FORMATS.md, "Text encodings"."""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ASSESSMENT = {
    "format": "ladder-assessment",
    "version": 1,
    "model": {"id": "digital-services", "model_version": "1.0.0"},
    "team": "Dirección",
    "respondent": "José Muñoz",
    "created": "2026-11-20T10:00:00Z",
    "updated": "2026-11-20T10:30:00Z",
    "answers": {
        "executive-sponsorship": {"level": 1, "dont_know": False, "target": 2, "note": ""},
        "mandate": {
            "level": 2,
            "dont_know": False,
            "target": 3,
            "note": "The “new” mandate – 40 000 € a year, signed…",
        },
        "funding-model": {"level": 0, "dont_know": False, "target": None, "note": ""},
    },
}

TEXT = json.dumps(ASSESSMENT, ensure_ascii=False, indent=2) + "\n"
# Windows editors (Notepad) write CRLF line ends.
WINDOWS_TEXT = TEXT.replace("\n", "\r\n")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    write("utf8.json", TEXT.encode("utf-8"))
    write("utf8-bom.json", b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    write("windows-1252.json", WINDOWS_TEXT.encode("cp1252"))
    write("utf16le-bom.json", b"\xff\xfe" + WINDOWS_TEXT.encode("utf-16-le"))
    write("utf16be-bom.json", b"\xfe\xff" + WINDOWS_TEXT.encode("utf-16-be"))
    # Without a byte-order mark, UTF-16 is refused: its NUL bytes make it "not a text file"
    # (the message says it looks like UTF-16 and asks for UTF-8).
    write("utf16le-no-bom.json", WINDOWS_TEXT.encode("utf-16-le"))
    # A UTF-16 file with half a surrogate pair (a high surrogate followed by "A").
    write("utf16le-damaged.json", b"\xff\xfe" + '{"team": "'.encode("utf-16-le") + b"\x3d\xd8" + 'A"}'.encode("utf-16-le"))
    # A download cut short in the middle of the "ó" of "Dirección" (C3 B3): ends with C3.
    utf8 = TEXT.encode("utf-8")
    cut = utf8.index("ó".encode("utf-8")) + 1
    write("truncated-utf8.json", utf8[:cut])
    # The start of a PNG: a signature, then the IHDR chunk's length and type (NUL bytes).
    write("binary.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")


if __name__ == "__main__":
    main()
