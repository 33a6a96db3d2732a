#!/usr/bin/env bash
# Builds test/fixtures/mic/long-20s.wav: about 20 s of continuous espeak-ng speech, 48 kHz mono
# 16-bit, ending in 1 s of silence. The recovery browser test plays it as the microphone and
# crashes the page mid-take, so it must still be talking when the crash comes.
#   bash scripts/make-long-fixture.sh
# Needs espeak-ng and sox.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/test/fixtures/mic/long-20s.wav"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
R=48000

TEXT="Hi Dana, this is Sam from Northwind, calling about the renewal you asked about last week. \
I have two ideas that could cut your shipping costs before the busy season starts. \
The first takes ten minutes to set up, the second needs nothing from your team. \
Call me back on five five five, one two one two."

espeak-ng -v en-us -s 165 -w "$WORK/raw.wav" "$TEXT"
sox "$WORK/raw.wav" -r $R -c 1 -b 16 "$WORK/speech.wav" rate -v \
  silence 1 0.002 -55d reverse silence 1 0.002 -55d reverse gain -n -3
sox -n -r $R -c 1 -b 16 "$WORK/lead.wav" trim 0 0.3
sox -n -r $R -c 1 -b 16 "$WORK/tail.wav" trim 0 1
mkdir -p "$(dirname "$OUT")"
sox "$WORK/lead.wav" "$WORK/speech.wav" "$WORK/tail.wav" -b 16 "$OUT"
echo "wrote $OUT ($(soxi -D "$OUT") s)"
