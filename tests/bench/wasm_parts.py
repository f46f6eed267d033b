#!/usr/bin/env python3
"""Where the bytes of ladder.wasm go: a table per part (make bench prints it).

Reads the wasm's code section (one body per function) and data section, and the symbol map
the link writes beside it (ladder.js.symbols: "index:mangled name"), then puts each function
into a part by its demangled name and each known blob (the fonts, the English model) into its
own part. Gzip sizes are of each part's bytes compressed on their own, so they add up to a
little more than the file's gzip size; they show proportions, not exact shares.

Usage: wasm_parts.py LADDER.wasm SYMBOLS [BLOB_NAME=FILE ...]  (prints JSON)
"""
import json
import re
import subprocess
import sys
import zlib


def leb(data, at):
    """An unsigned LEB128 number at data[at:]: (value, position after it)."""
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(wasm):
    at = 8
    while at < len(wasm):
        kind = wasm[at]
        size, body = leb(wasm, at + 1)
        yield kind, body, body + size, at
        at = body + size


def imported_functions(wasm, start, end):
    count, at = leb(wasm, start)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, at = leb(wasm, at)
            at += length
        kind = wasm[at]
        at += 1
        if kind == 0:  # function: type index
            _, at = leb(wasm, at)
            functions += 1
        elif kind == 1:  # table: element type, limits
            at += 1
            flags, at = leb(wasm, at)
            _, at = leb(wasm, at)
            if flags & 1:
                _, at = leb(wasm, at)
        elif kind == 2:  # memory: limits
            flags, at = leb(wasm, at)
            _, at = leb(wasm, at)
            if flags & 1:
                _, at = leb(wasm, at)
        elif kind == 3:  # global: type, mutability
            at += 2
    return functions


def part_of(name):
    """The part a demangled function name belongs to."""
    if name.startswith('nlohmann::') or 'nlohmann::' in name.split('(')[0]:
        return 'nlohmann::json'
    head = name.split('(')[0]
    if head.startswith(('ImGui', 'Im', 'stbtt', 'stb_', 'stbrp', 'STB_', 'ImStb')) or 'ImGui' in head or 'stbtt' in head:
        return 'Dear ImGui (with stb_truetype)'
    if head.startswith('ladder::core') or head.startswith('ladder::model') or head.startswith('ladder::'):
        for space, part in (('ladder::app', 'app (state, intents, files, team)'),
                            ('ladder::ui', 'ui (widgets, theme, catalogue)'),
                            ('ladder::catalogue', 'ui (widgets, theme, catalogue)'),
                            ('ladder::screens', 'screens and the frame'),
                            # The frame inlines the screens (link-time optimisation).
                            ('ladder::shell', 'screens and the frame'),
                            ('ladder::platform', 'platform'),
                            ('ladder::palette', 'ui (widgets, theme, catalogue)')):
            if head.startswith(space):
                return part
        return 'core (model, scoring, reports, formats)'
    if head.startswith(('std::', 'void std::', 'bool std::')) or 'std::__2' in head:
        return 'C++ standard library (templates used by our code)'
    return 'C runtime, libc++ and other'


def main():
    wasm_path, symbols_path = sys.argv[1], sys.argv[2]
    blobs = dict(arg.split('=', 1) for arg in sys.argv[3:])
    wasm = open(wasm_path, 'rb').read()
    names = {}
    for line in open(symbols_path, encoding='utf-8'):
        index, _, mangled = line.rstrip('\n').partition(':')
        if index.isdigit():
            names[int(index)] = mangled
    # The map holds names already demangled, with characters a wasm name may not hold written
    # as \XX (hex); a name still mangled (a C++ symbol that kept its linkage name) goes
    # through c++filt.
    unescaped = {k: re.sub(r'\\([0-9a-f]{2})', lambda m: chr(int(m.group(1), 16)), v) for k, v in names.items()}
    demangled = dict(zip(unescaped, subprocess.run(['c++filt'], input='\n'.join(unescaped.values()), capture_output=True,
                                                   text=True, check=True).stdout.split('\n')))
    parts = {}

    def add(part, chunk):
        parts.setdefault(part, []).append(chunk)

    imports = 0
    for kind, start, end, header in sections(wasm):
        if kind == 2:
            imports = imported_functions(wasm, start, end)
        elif kind == 10:  # code
            count, at = leb(wasm, start)
            for k in range(count):
                size, body = leb(wasm, at)
                name = demangled.get(imports + k, '')
                add(part_of(name) if name else 'C runtime, libc++ and other', wasm[at:body + size])
                at = body + size
        elif kind == 11:  # data: each segment that is a piece of a known blob goes to it (the
            # link splits data at runs of zeros, so a font is many segments); the rest is the
            # program's strings and tables
            known = {name: open(path, 'rb').read() for name, path in blobs.items()}
            count, at = leb(wasm, start)
            for _ in range(count):
                flags, at = leb(wasm, at)
                if flags == 0:  # active, memory 0, offset expression: i32.const N end
                    at += 1
                    _, at = leb(wasm, at)
                    at += 1
                size, at = leb(wasm, at)
                segment = wasm[at:at + size]
                at += size
                owner = next((name for name, blob in known.items() if len(segment) >= 8 and segment in blob), None)
                if owner:
                    add(owner, segment)
                    continue
                # A blob inside a larger segment (the link packs neighbouring data together).
                for name, blob in known.items():
                    found = segment.find(blob)
                    if len(blob) >= 8 and found >= 0:
                        add(name, blob)
                        segment = segment[:found] + segment[found + len(blob):]
                add('data: strings and tables (catalogue, messages, ...)', segment)
        else:
            add('other sections (types, imports, tables, exports)', wasm[header:end])
    rows = []
    for part, chunks in parts.items():
        joined = b''.join(chunks)
        rows.append({'part': part, 'raw': len(joined), 'gzip': len(zlib.compress(joined, 9))})
    rows.sort(key=lambda r: -r['raw'])
    print(json.dumps({'file': wasm_path, 'raw': len(wasm), 'gzip': len(zlib.compress(wasm, 9)), 'parts': rows}))


if __name__ == '__main__':
    main()
