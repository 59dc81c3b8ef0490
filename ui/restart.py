"""Starting ChannelRate again, for a change that takes effect at start-up (the UI language)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess


def restart_command(
    argv: list[str], language: str, executable: str, frozen: bool
) -> tuple[str, list[str]]:
    """The program and arguments that start this run again with ``--lang language``.

    ``argv`` is ``sys.argv``. A desktop build is its own executable; from source the script
    (``main.py`` or the ``channelrate`` launcher) is run by the same Python. One-shot options
    (``--screenshot``) are not repeated.
    """
    rest, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
            continue
        if arg in ("--lang", "--screenshot"):
            skip = True
            continue
        if arg.startswith(("--lang=", "--screenshot=")):
            continue
        rest.append(arg)
    arguments = [*rest, "--lang", language]
    return (executable, arguments) if frozen else (executable, [argv[0], *arguments])


def restart(window, language: str) -> bool:
    """Start a new ChannelRate in ``language`` and close this one (saving its state)."""
    program, arguments = restart_command(
        sys.argv, language, sys.executable, bool(getattr(sys, "frozen", False))
    )
    started = QProcess.startDetached(program, arguments)
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if ok:
        window.close()
    return ok
