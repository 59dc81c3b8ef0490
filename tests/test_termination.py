"""A terminated app (log-out, ``kill``, Ctrl+C) closes its window and exits cleanly."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM for GUI programs on Windows")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_window_and_the_app_exits_cleanly(tmp_path, signum):
    env = dict(os.environ, CHANNELRATE_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    log = tmp_path / "channelrate.log"
    try:
        deadline = time.monotonic() + 180
        while "Window open" not in (log.read_text() if log.exists() else ""):
            assert app.poll() is None, app.stderr.read().decode()
            assert time.monotonic() < deadline, "the window never opened"
            time.sleep(0.2)
        app.send_signal(signum)
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
