"""The rooms keep their boundaries: pure logic and I/O layers never pull in Qt."""

import subprocess
import sys

import pytest

BLOCK_QT = """
import importlib, pkgutil, sys

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ImportError(f"{{name}} must not be imported here")
        return None

sys.meta_path.insert(0, Blocker())
package = importlib.import_module({package!r})
for module in pkgutil.walk_packages(package.__path__, prefix={package!r} + "."):
    importlib.import_module(module.name)
print("ok")
"""


@pytest.mark.parametrize(
    ("package", "blocked"),
    [
        ("pricing", {"PySide6", "peewee", "playhouse", "telethon", "matplotlib", "qasync"}),
        ("storage", {"PySide6", "qasync"}),
        ("tgclient", {"PySide6", "qasync"}),
        ("application", {"PySide6", "qasync"}),
    ],
)
def test_package_imports_without_forbidden_modules(package, blocked):
    code = BLOCK_QT.format(package=package, blocked=sorted(blocked))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
