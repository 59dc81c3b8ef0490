"""The use cases are built when first asked for, once, and share one reach service."""

import threading

from application import build_use_cases
from storage import Storage, open_database


def test_services_are_built_once_whichever_thread_asks_first(tmp_path):
    use_cases = build_use_cases(Storage(open_database(tmp_path / "book.sqlite3")))
    start = threading.Barrier(8)
    seen: list[tuple[object, object, object]] = []

    def ask() -> None:
        start.wait()  # every thread asks at the same moment, as workers do after a start
        seen.append((use_cases.vetting, use_cases.niche, use_cases.reach))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(seen) == 8
    assert len({id(vetting) for vetting, _, _ in seen}) == 1
    assert len({id(niche) for _, niche, _ in seen}) == 1
    assert len({id(reach) for _, _, reach in seen}) == 1
    reach = seen[0][2]
    # one reach cache: what vetting and the niche builder work out is what the price book keeps
    assert use_cases.vetting.reach_service is reach
    assert use_cases.niche.reach is reach
