#!/usr/bin/env bash
# Render every area in both languages with --screenshot (headless), as README shows them.
#   docs/screenshots/make.sh [python]
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-python3}"
export QT_QPA_PLATFORM=offscreen
for lang in en ru; do
    for area in welcome pricebook mychannel suggestion history vetting niche placements; do
        "$python" main.py --demo --lang "$lang" --tab "$area" \
            --screenshot "docs/screenshots/${area}_${lang}.png" 2>/dev/null
        echo "docs/screenshots/${area}_${lang}.png"
    done
done
