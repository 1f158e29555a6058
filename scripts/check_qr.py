#!/usr/bin/env python3
"""Checks that the QR codes in a page scan: `python3 scripts/check_qr.py FILE TEXT`.

FILE is an SVG file or an HTML page; in a page, every inline `<svg class="qr-code">` (what
GuidepostQR's QRCode.svg writes) is checked. Each code is drawn as a PNG with rsvg-convert
(Debian's librsvg2-bin) and read back with zbarimg (zbar-tools): every code must scan, and one of
them must hold exactly TEXT. Prints a line per code, then 'N passed, M failed'; exits 1 when a
check failed, 2 when the file holds no QR code or a tool is missing.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Inline SVG elements of class qr-code; a QR code's SVG holds no nested <svg>.
QR_SVG = re.compile(r'<svg\b[^>]*\bclass="[^"]*\bqr-code\b[^"]*"[^>]*>.*?</svg>', re.DOTALL)
SVG_NAMESPACE = 'xmlns="http://www.w3.org/2000/svg"'
PIXELS = 600  # a version 40 code with its quiet zone is 185 modules: over 3 pixels each
TOOLS = {"rsvg-convert": "librsvg2-bin", "zbarimg": "zbar-tools"}


def qr_svgs(text, is_svg):
    """The QR code SVGs of an SVG file (the whole file) or of an HTML page (each inline one)."""
    if is_svg:
        return [text]
    found = QR_SVG.findall(text)
    # Inline SVG in HTML may leave out the namespace; a standalone SVG file needs it.
    return [svg if SVG_NAMESPACE in svg else svg.replace("<svg", "<svg " + SVG_NAMESPACE, 1) for svg in found]


def scan(svg, folder, index):
    """The texts zbarimg reads in `svg` drawn as a PNG, or an error message."""
    svg_path = Path(folder) / f"qr-{index}.svg"
    png_path = Path(folder) / f"qr-{index}.png"
    svg_path.write_text(svg, encoding="utf-8")
    drawn = subprocess.run(["rsvg-convert", "-w", str(PIXELS), "-h", str(PIXELS), "-o", str(png_path), str(svg_path)],
                           capture_output=True, text=True)
    if drawn.returncode != 0:
        return None, f"rsvg-convert failed: {drawn.stderr.strip()}"
    # --raw: the bytes as encoded (UTF-8), not converted; one symbol per line.
    read = subprocess.run(["zbarimg", "--raw", "-q", "--nodbus", str(png_path)], capture_output=True)
    if read.returncode != 0:
        return None, "zbarimg found no QR code in the drawing"
    return read.stdout.decode("utf-8", errors="replace").removesuffix("\n").split("\n"), None


def shorten(text, limit=100):
    """`text` quoted, cut to `limit` characters for a line of the report."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"... ({len(text)} characters)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="an .svg file or an HTML page with inline QR codes")
    parser.add_argument("text", help="the text one of the codes must hold")
    arguments = parser.parse_args()

    missing = [f"{tool} ({package})" for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if missing:
        print(f"check_qr: missing {', '.join(missing)}; install with apt-get install {' '.join(TOOLS.values())}",
              file=sys.stderr)
        return 2
    text = arguments.file.read_text(encoding="utf-8")
    svgs = qr_svgs(text, arguments.file.suffix.lower() == ".svg")
    if not svgs:
        print(f"check_qr: {arguments.file} holds no <svg class=\"qr-code\">", file=sys.stderr)
        return 2

    passed = failed = 0
    texts = []
    with tempfile.TemporaryDirectory(prefix="check-qr-") as folder:
        for index, svg in enumerate(svgs, start=1):
            read, problem = scan(svg, folder, index)
            if problem:
                failed += 1
                print(f"FAIL  code {index} of {arguments.file}: {problem}")
            else:
                passed += 1
                texts.extend(read)
                print(f"ok    code {index} of {arguments.file} reads {shorten(read[0])}")
    if arguments.text in texts:
        passed += 1
        print(f"ok    a code holds {shorten(arguments.text)}")
    else:
        failed += 1
        print(f"FAIL  no code holds {shorten(arguments.text)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
