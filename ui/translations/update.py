"""Refresh the translation catalogue and compile it (run from the repository root):

    .venv/bin/python ui/translations/update.py

Runs ``pyside6-lupdate`` over the UI sources into ``channelrate_ru.ts`` (keeping the existing
translations; edit the .ts with Qt Linguist or any text editor) and ``pyside6-lrelease`` into
``channelrate_ru.qm``, which ``ui.i18n`` loads at start-up.
"""

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = [
    *sorted(
        p for p in (ROOT / "ui").rglob("*.py")  # the areas' packages (ui/pricebook/…) too
        if p.name not in {"__init__.py", "settings.py", "workers.py"}
        and "translations" not in p.parts
    ),
    ROOT / "charts" / "canvas.py",
    ROOT / "main.py",
]  # fmt: skip


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def main() -> int:
    ts = HERE / "channelrate_ru.ts"
    qm = HERE / "channelrate_ru.qm"
    sources = [str(p.relative_to(ROOT)) for p in SOURCES]
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True, cwd=ROOT
    )
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
