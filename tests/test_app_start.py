"""Smoke test: the app starts on the demo data and renders every area to a PNG."""

import pytest

import main

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("tab", [None, "suggestion"])
def test_demo_screenshot(qapp, tmp_path, tab):
    path = tmp_path / "window.png"
    argv = ["--demo", "--screenshot", str(path), "--lang", "en"]
    if tab:
        argv += ["--tab", tab]
    assert main.run(argv) == 0
    assert path.read_bytes()[:4] == b"\x89PNG" and path.stat().st_size > 10_000


def test_unknown_tab_is_refused(qapp, tmp_path):
    argv = ["--demo", "--screenshot", str(tmp_path / "x.png"), "--tab", "nope", "--lang", "en"]
    assert main.run(argv) == 2
