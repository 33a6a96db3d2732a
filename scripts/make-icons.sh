#!/usr/bin/env bash
# Renders the PNG app icons from public/icon.svg and scripts/icons/icon-maskable.svg. The PNGs are committed, so only
# whoever changes an icon needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
# public/icon.svg is also the favicon; the full-bleed maskable source is not served, so it lives here.
cd "$(dirname "$0")/../public"
MASKABLE=../scripts/icons/icon-maskable.svg
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
rsvg-convert -w 192 -h 192 icon.svg -o icon-192.png
rsvg-convert -w 512 -h 512 icon.svg -o icon-512.png
rsvg-convert -w 512 -h 512 "$MASKABLE" -o icon-maskable-512.png
# iOS draws its own rounded corners and shows transparency as black, so the touch icon is full-bleed.
rsvg-convert -w 180 -h 180 "$MASKABLE" -o apple-touch-icon.png
echo "icons written to public/"
