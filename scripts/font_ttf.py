#!/usr/bin/env python3
"""Writes src/cloud/arah-sans.ttf: the widget's bundled font, the WOFF2 of
the npm package @fontsource/noto-sans (checked in as src/cloud/arah-sans.woff2,
copied from www/node_modules by this script), decompressed to TrueType for
the CLI's font crates (ab_glyph, harfrust, resvg), which do not read WOFF2.
Same glyphs, metrics and tables; only the container differs.

    python3 -m pip install fonttools brotli   # build-time only
    python3 scripts/font_ttf.py

Noto Sans is under the SIL Open Font License 1.1, which permits this (the
licence travels with it: src/cloud/arah-sans-LICENSE.txt).
"""
import os
import shutil

from fontTools.ttLib import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "www", "node_modules", "@fontsource", "noto-sans")
WOFF2 = os.path.join(ROOT, "src", "cloud", "arah-sans.woff2")
TTF = os.path.join(ROOT, "src", "cloud", "arah-sans.ttf")
LICENSE = os.path.join(ROOT, "src", "cloud", "arah-sans-LICENSE.txt")

if os.path.isdir(PACKAGE):
    shutil.copyfile(os.path.join(PACKAGE, "files", "noto-sans-latin-400-normal.woff2"), WOFF2)
    shutil.copyfile(os.path.join(PACKAGE, "LICENSE"), LICENSE)
font = TTFont(WOFF2)
font.flavor = None
# A fixed modification time, so the output depends only on the input.
font.recalcTimestamp = False
font.save(TTF)
print(f"wrote {os.path.relpath(TTF, ROOT)}: {os.path.getsize(TTF)} bytes, {font['name'].getDebugName(5)}")
