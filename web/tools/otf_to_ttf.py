"""Converts a CFF-flavoured OpenType font (.otf) to TrueType outlines (.ttf).

Why: Dear ImGui rasterises fonts with stb_truetype, which draws TrueType (quadratic) outlines
about 2.5 times faster than CFF (cubic) ones; font building is most of Ladder's start-up.
Inter ships only as .otf in Debian. Curves are converted with fontTools' cu2qu (max error
1 font unit, invisible at screen sizes).

Usage: python3 otf_to_ttf.py INPUT.otf OUTPUT.ttf   (needs Debian's python3-fonttools)
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def convert(source, target):
    font = TTFont(source)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # TrueType contours run clockwise, CFF ones counter-clockwise.
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)  # recalculates bounding boxes and the remaining maxp fields


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: otf_to_ttf.py INPUT.otf OUTPUT.ttf")
    convert(sys.argv[1], sys.argv[2])
