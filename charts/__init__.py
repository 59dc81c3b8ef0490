"""Matplotlib figures of CPMs, reach and placements; only charts/canvas.py knows Qt."""
