"""PySide6's per-import check, made quick, gives the answers PySide6's own gives."""

import sys
import types

import PySide6.QtCore  # noqa: F401  (loads PySide6's import support)
import pytest

from ui import import_check


def feature():
    module = sys.modules.get(import_check.FEATURE_MODULE)
    if module is None or not hasattr(module, import_check.CHECK_NAME):
        pytest.fail(
            "PySide6 no longer has shibokensupport.feature._mod_uses_pyside: the quick import "
            "check is not in place and every start reads the sources of ~550 modules again"
        )
    return module


def test_the_app_start_puts_the_quick_check_in_place():
    import main  # noqa: F401  (installs it when imported, before the app's own imports)

    assert getattr(getattr(feature(), import_check.CHECK_NAME), "reads_bytes", False)


def test_every_loaded_module_gets_the_answer_pyside_gives(tmp_path):
    import matplotlib.figure  # noqa: F401  (a large library that does not use Qt)

    import ui.main_window  # noqa: F401  (our modules that do)

    assert import_check.install()
    quick = getattr(feature(), import_check.CHECK_NAME)
    slow = quick.__wrapped__
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: slow(m) for m in modules}
    assert answers["ui.main_window"] and answers["main"]
    assert not answers["matplotlib.figure"] and not answers["json"]


def test_installing_twice_wraps_once():
    import_check.install()
    first = getattr(feature(), import_check.CHECK_NAME)
    assert import_check.install()
    assert getattr(feature(), import_check.CHECK_NAME) is first
    assert not getattr(first.__wrapped__, "reads_bytes", False)


def test_a_pyside_without_the_helper_is_left_as_it_is(monkeypatch):
    other_release = types.ModuleType(import_check.FEATURE_MODULE)
    monkeypatch.setitem(sys.modules, import_check.FEATURE_MODULE, other_release)
    assert not import_check.install()
    assert vars(other_release).keys() == {
        "__name__",
        "__doc__",
        "__package__",
        "__loader__",
        "__spec__",
    }


def test_a_source_the_file_system_cannot_give_is_asked_of_pyside(tmp_path):
    asked = []

    def slow(module):
        asked.append(module.__name__)
        return True

    check = import_check.quick_check(slow)
    zipped = types.ModuleType("zipped")
    zipped.__file__ = str(tmp_path / "bundle.zip" / "zipped.py")
    on_disk = types.ModuleType("on_disk")
    (tmp_path / "on_disk.py").write_text("import PySide6\n", encoding="utf-8")
    on_disk.__file__ = str(tmp_path / "on_disk.py")
    plain = types.ModuleType("plain")
    (tmp_path / "plain.py").write_text("import json\n", encoding="utf-8")
    plain.__file__ = str(tmp_path / "plain.py")

    assert check(zipped) and check(on_disk) and not check(plain)
    assert asked == ["zipped"]
