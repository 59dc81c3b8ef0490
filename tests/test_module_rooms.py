"""Every module of the app says what it is for and stays small enough to read in one sitting."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("application", "charts", "pricing", "storage", "tgclient", "ui")
MAX_LINES = 520  # "about 500": a module past this is split into rooms of its own

MODULES = sorted(
    [p for package in PACKAGES for p in (ROOT / package).rglob("*.py")] + [ROOT / "main.py"]
)


def test_the_modules_are_found():
    assert len(MODULES) > 100
    assert ROOT / "application" / "vetting.py" in MODULES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_module_says_what_it_is_for_and_stays_small(path):
    text = path.read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(text))
    assert docstring, f"{path.relative_to(ROOT)} has no module docstring"
    first_sentence = docstring.strip().split("\n\n")[0]
    assert len(first_sentence) >= 20, f"{path.relative_to(ROOT)}: {first_sentence!r}"
    lines = text.count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines"
