"""The HTML view in a real browser: headless Chromium renders, screenshots, runs nothing.

Skips when no Chromium is installed (Debian: ``apt-get install chromium chromium-driver``);
``OPINIONPIECE_CHROMIUM`` names a browser binary explicitly.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import opinionpiece as op
from opinionpiece import html as ophtml

from .conftest import REFERENCE
from .html_tree import parse_html

ROOT = Path(__file__).resolve().parent.parent
DUMP = REFERENCE if REFERENCE.is_file() else ROOT / "examples" / "sample_cgtn.txt"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
)
# Would set the document title if it ever ran.
INJECTION = (
    "\"It works <script>document.title='pwned'</script> well,\" said Jane Roe, a "
    "spokeswoman, on the record.\n\n"
    '<img src=x onerror="document.title=\'pwned\'"> and <svg onload="document.title='
    "'pwned'\"></svg> appear in this paragraph too, javascript:alert(1) \u202eevil.\n\n"
)


def _browser() -> str:
    named = os.environ.get("OPINIONPIECE_CHROMIUM")
    for name in (named, "chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name) if name else None
        if found:
            return found
    pytest.skip("no Chromium found (apt-get install chromium chromium-driver)")


def _run(browser: str, profile: Path, url: str, *extra: str) -> str:
    proc = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def _title(dom: str) -> str:
    m = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert m is not None
    return m.group(1)


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA PNG into rows of raw pixel bytes (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8
            assert colour in (2, 6)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        filt, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if filt == 1:
                line[x] = (line[x] + a) & 255
            elif filt == 2:
                line[x] = (line[x] + b) & 255
            elif filt == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, bpp, rows


def test_view_in_headless_chromium(tmp_path: Path) -> None:
    browser = _browser()
    text = DUMP.read_text(encoding="utf-8")
    first = op.parse(text).paragraphs[1].span.start
    text = text[:first] + INJECTION + text[first:]
    article = op.parse(text)
    page = tmp_path / "view.html"
    ophtml.write_view(article, page)
    wrapper = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>fragment</title>'
    fragment = tmp_path / "fragment.html"  # the notebook case: no CSP to fall back on
    fragment.write_text(f"{wrapper}</head><body>{article._repr_html_()}</body></html>")
    control = tmp_path / "control.html"  # the same text unescaped: must run
    control.write_text(f"{wrapper}</head><body><pre>{INJECTION}</pre></body></html>")
    shot = tmp_path / "view.png"

    jobs = {
        "page": (page, "--dump-dom"),
        "fragment": (fragment, "--dump-dom"),
        "control": (control, "--dump-dom"),
        "shot": (page, f"--screenshot={shot}", "--window-size=1280,1400"),
    }
    with ThreadPoolExecutor(len(jobs)) as pool:
        futures = {
            key: pool.submit(_run, browser, tmp_path / f"profile-{key}", f.as_uri(), *extra)
            for key, (f, *extra) in jobs.items()
        }
        out = {key: fut.result() for key, fut in futures.items()}

    # the harness can see a script run ...
    assert _title(out["control"]) == "pwned"
    # ... and in the view none did, with or without the Content-Security-Policy
    assert _title(out["page"]).endswith("· opinionpiece view")
    assert _title(out["fragment"]) == "fragment"
    for key in ("page", "fragment"):
        dom = parse_html(out[key], strict=False)
        nodes = list(dom.iter())
        assert not [n.tag for n in nodes if n.tag in {"script", "img", "svg", "iframe"}]
        assert not [a for n in nodes for a, _ in n.attrs if a.startswith("on")]
        assert "\u202e" not in out[key]
        # quotes highlighted, one <mark> with an id per quote, and the speaker shown
        marks = [n for n in nodes if n.tag == "mark" and n.get("id")]
        assert len(marks) == len(article.quotes) >= 2
        injected = [q for q in article.quotes if "pwned" in q.text]
        assert injected
        assert injected[0].speaker == "Jane Roe"
        aside = next(n for n in nodes if n.tag == "aside")
        speakers = {n.text() for n in aside.iter() if "who" in n.classes}
        assert "Jane Roe" in speakers
        assert "<script>document.title='pwned'</script>" in dom.text()

    # the screenshot is the page, with quote highlights painted in their colour
    width, bpp, rows = _png_pixels(shot.read_bytes())
    assert width == 1280
    assert len(rows) == 1400
    full = bytes.fromhex(ophtml.PALETTE["quote-full"][0].lstrip("#"))
    painted = sum(1 for row in rows for x in range(0, len(row), bpp * 4) if row[x : x + 3] == full)
    assert painted > 200
