#!/usr/bin/env bash
# Build the desktop app with PyInstaller: dist/ChannelRate/ (one folder; CHANNELRATE_ONEFILE=1 for
# one file). Uses the Python given in PYTHON (default: python3), which needs the project's
# dependencies and pyinstaller installed.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
"$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/channelrate.spec
if [ "${CHANNELRATE_ONEFILE:-0}" = 1 ]; then
    echo "built: dist/ChannelRate"
else
    echo "built: dist/ChannelRate/"
fi
