"""The garbage collector while the app starts: held, then what start-up built is kept out of
later collections; garbage made afterwards is still collected. Each case runs in a fresh
process, as the program starts (the test process's own collector is left alone)."""

from tests.process_helpers import run_python


def test_the_program_starts_without_collecting_and_then_freezes_what_it_built(tmp_path):
    shot = tmp_path / "shot.png"
    code = f"""
import gc, json, sys, weakref
import main
from ui import workers
held = []
hold = workers.hold_collection_for_startup
def watched_hold():
    hold()
    held.append(gc.isenabled())
workers.hold_collection_for_startup = watched_hold
sys.argv = ["channelrate", "--demo", "--screenshot", {str(shot)!r}]
code = main.run()

class Node:
    pass
cycle = Node(); cycle.me = cycle; gone = weakref.ref(cycle); del cycle
gc.collect()  # what the UI thread's timer does (ui.workers.collect_garbage)
print(json.dumps({{"code": code, "held": held, "frozen": gc.get_freeze_count(),
                   "collected": gone() is None}}))
"""
    result = run_python(code, tmp_path)
    assert result["code"] == 0 and shot.stat().st_size > 10_000
    assert result["held"] == [False]  # no automatic collection while the app started
    assert result["frozen"] > 50_000  # the modules and the window: out of later collections
    assert result["collected"]  # garbage made after the start is collected as before


def test_a_run_given_its_arguments_leaves_the_collector_as_it_was(tmp_path):
    shot = tmp_path / "shot.png"
    code = f"""
import gc, json
import main
code = main.run(["--demo", "--screenshot", {str(shot)!r}])
print(json.dumps({{"code": code, "frozen": gc.get_freeze_count()}}))
"""
    result = run_python(code, tmp_path)
    assert result["code"] == 0 and result["frozen"] == 0


def test_the_hold_ends_with_automatic_collection_when_no_worker_took_it_over(tmp_path):
    code = """
import gc, json
from ui import workers
workers.hold_collection_for_startup()
during = gc.isenabled()
workers.collect_after_startup()
after = gc.isenabled()
workers.collect_after_startup()  # a second end changes nothing
print(json.dumps({"during": during, "after": after, "again": gc.isenabled(),
                  "frozen": gc.get_freeze_count() > 0}))
"""
    assert run_python(code, tmp_path) == {
        "during": False, "after": True, "again": True, "frozen": True,
    }  # fmt: skip
