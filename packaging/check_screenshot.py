"""Check that a ``--screenshot`` PNG holds the main window, not a blank or black frame.

    python packaging/check_screenshot.py shot.png [--size 1280x820]

Exits 1 with the reason when the picture is missing, of the wrong size, nearly one colour, or
has no dark text on a light window. Prints the figures it measured.
"""

from __future__ import annotations

import argparse
import sys


def measure(path: str) -> dict:
    from PySide6.QtGui import QImage

    image = QImage(path)
    if image.isNull():
        return {"ok": False, "reason": f"{path} is not a readable image"}
    colours: set[int] = set()
    dark = light = 0
    step = 4  # every 4th pixel each way: fast, and plenty to tell a window from a blank
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixel(x, y) & 0xFFFFFF
            colours.add(pixel)
            grey = ((pixel >> 16) + ((pixel >> 8) & 0xFF) + (pixel & 0xFF)) // 3
            dark += grey < 80
            light += grey > 200
    sampled = len(range(0, image.height(), step)) * len(range(0, image.width(), step))
    return {
        "ok": True,
        "width": image.width(),
        "height": image.height(),
        "colours": len(colours),
        "dark_share": dark / sampled,
        "light_share": light / sampled,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("png")
    parser.add_argument("--size", default="1280x820")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    figures = measure(args.png)
    print(
        " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
    )
    problems = []
    if not figures["ok"]:
        problems.append(figures["reason"])
    else:
        if (figures["width"], figures["height"]) != (width, height):
            problems.append(f"size {figures['width']}x{figures['height']}, expected {args.size}")
        if figures["colours"] < 50:
            problems.append(f"only {figures['colours']} colours: a blank frame, not the window")
        if figures["light_share"] < 0.3:
            problems.append("mostly dark: the window did not paint")
        if figures["dark_share"] < 0.002:
            problems.append("no dark pixels: no text was drawn")
    for problem in problems:
        print(f"screenshot check failed: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
