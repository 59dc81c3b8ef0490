"""Running a piece of the app in a fresh Python process (start-up behaviour the test process,
with its modules long loaded and its own garbage collector, cannot show)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(code: str, tmp_path: Path) -> dict:
    """Runs ``code`` headless with its data folder in ``tmp_path``; returns the JSON object
    printed on its last line of output."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHANNELRATE_DATA_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
