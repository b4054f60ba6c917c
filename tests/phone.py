"""Headless Chromium at phone width: does a page scroll sideways, and what it looks like.

Headless Chromium keeps its window at least 500 px wide, so the page is laid out in a
390 px wide iframe (``srcdoc``: same origin, so the wrapper can measure inside it).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

PHONE_WIDTH = 390  # CSS px: an iPhone 12-15, the narrowest common modern phone

_PROBE = """<script>
window.addEventListener('load', function () {
  var d = document.getElementById('phone').contentDocument;
  var w = d.documentElement.clientWidth, over = [];
  d.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > w + 0.5) { over.push(e.tagName + ': ' + (e.textContent || '').slice(0, 60)); }
  });
  var p = document.createElement('pre');
  p.id = 'probe';
  p.textContent = JSON.stringify({width: w, scroll_width: d.documentElement.scrollWidth,
                                  overflowing: over});
  document.body.appendChild(p);
});
</script>"""


def chromium() -> str:
    """The browser, or fail on CI / skip locally with the command that installs it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        msg = "chromium is not installed: run `scripts/install-deps.sh`"
        if os.environ.get("CI"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    return found


def _run(args: list[str]) -> str:
    base = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    return subprocess.run(
        [*base, *args], capture_output=True, text=True, timeout=120, check=True
    ).stdout


def measure(page: str, folder: Path) -> dict[str, object]:
    """Lay ``page`` out at phone width; its width, scroll width and overflowing elements."""
    wrapper = (
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe id="phone" style="width:{PHONE_WIDTH}px;height:6000px;border:0" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe>{_PROBE}</body></html>'
    )
    path = folder / "phone-probe.html"
    path.write_text(wrapper, "utf-8")
    out = _run(["--window-size=600,900", "--virtual-time-budget=5000", "--dump-dom", path.as_uri()])
    found = re.search(r'<pre id="probe">(.*?)</pre>', out, re.S)
    assert found, out[-500:]
    return dict(json.loads(html.unescape(found.group(1))))


def screenshot(page: Path, png: Path, height: int) -> None:
    """A phone-width picture of ``page`` (a screenshot keeps the window as asked)."""
    _run([f"--window-size={PHONE_WIDTH},{height}", f"--screenshot={png}", page.resolve().as_uri()])
