#!/usr/bin/env bash
# Builds the speech fixtures and their ground truth.
#   bash scripts/make-analysis-fixtures.sh            # both sections
#   bash scripts/make-analysis-fixtures.sh mic        # test/fixtures/mic (browser tests, 48 kHz)
#   bash scripts/make-analysis-fixtures.sh analysis   # test/fixtures/analysis (accuracy, 16 kHz)
# Needs espeak-ng, flite, festival, sox and the Debian test data packages
# pocketsphinx-testdata, linphone-common and codec2-examples.
# Output is deterministic for a given set of tool versions (noise uses fixed seeds).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECTION=${1:-all}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Trim leading and trailing near-silence (below -55 dBFS) so a clip starts at its first sound.
trim() { sox "$1" "$2" silence 1 0.002 -55d reverse silence 1 0.002 -55d reverse; }

# tts ENGINE VOICE WPM TEXT OUT RATE — speak TEXT to a trimmed mono 16-bit WAV at RATE Hz.
tts() {
  local engine=$1 voice=$2 wpm=$3 text=$4 out=$5 rate=$6 raw="$WORK/tts-raw.wav"
  case $engine in
    espeak) espeak-ng -v "$voice" -s "$wpm" -w "$raw" "$text" ;;
    flite) flite -voice "$voice" -t "$text" -o "$raw" ;;
    festival) printf '%s\n' "$text" | text2wave -o "$raw" ;;
    *) echo "unknown engine $engine" >&2; exit 1 ;;
  esac
  sox "$raw" -r "$rate" -c 1 -b 16 "$WORK/tts-rate.wav" rate -v
  trim "$WORK/tts-rate.wav" "$out"
}

dur() { soxi -D "$1"; }
silence() { sox -n -r "$2" -c 1 -b 16 "$3" trim 0 "$1"; }

# ---------------------------------------------------------------------------------------------
# Mic fixtures: 48 kHz mono 16-bit, short lead silence, end with 1 s of silence, faint room noise.
make_mic() {
  local dir="$ROOT/test/fixtures/mic" r=48000
  mkdir -p "$dir"
  local entries=()

  # mic_take NAME LEAD PAUSE SENTENCE... — sentences joined by PAUSE seconds of silence.
  mic_take() {
    local name=$1 lead=$2 pause=$3
    shift 3
    local parts=("$WORK/lead.wav") i=0 speechDur=0 pauses=()
    silence "$lead" $r "$WORK/lead.wav"
    local t=$lead
    for s in "$@"; do
      tts espeak en-us 165 "$s" "$WORK/s$i.wav" $r
      if [ $i -gt 0 ]; then
        silence "$pause" $r "$WORK/p$i.wav"
        parts+=("$WORK/p$i.wav")
        pauses+=("{\"startSec\":$t,\"endSec\":$(echo "$t + $pause" | bc -l)}")
        t=$(echo "$t + $pause" | bc -l)
      fi
      parts+=("$WORK/s$i.wav")
      t=$(echo "$t + $(dur "$WORK/s$i.wav")" | bc -l)
      i=$((i + 1))
    done
    silence 1 $r "$WORK/tail.wav"
    parts+=("$WORK/tail.wav")
    sox "${parts[@]}" "$WORK/dry.wav"
    # Speech peaks at -3 dBFS; pink noise 60 dB under full scale stands in for a quiet room.
    sox "$WORK/dry.wav" "$WORK/norm.wav" gain -n -3
    local len
    len=$(dur "$WORK/norm.wav")
    sox -R -n -r $r -c 1 -b 16 "$WORK/noise.wav" synth "$len" pinknoise vol 0.001
    sox -R -m "$WORK/norm.wav" "$WORK/noise.wav" -b 16 "$dir/$name.wav"
    local joined
    joined=$(IFS=,; echo "${pauses[*]:-}")
    entries+=("\"$name.wav\":{\"lengthSec\":$(dur "$dir/$name.wav"),\"speechOnsetSec\":$lead,\"speechEndSec\":$t,\"pauses\":[$joined]}")
  }

  mic_take speech-4s 0.3 0 "Hi Dana this is Sam from Northwind about your renewal."
  mic_take slow-start-6s 2.0 0 "Hi Dana this is Sam from Northwind calling back."
  mic_take speech-10s 0.3 0.8 \
    "Hi Dana this is Sam from Northwind about the renewal you asked about." \
    "Call me back on five five five one two one two before Friday."

  local joined
  joined=$(IFS=,; echo "${entries[*]}")
  echo "{$joined}" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);for(const v of Object.values(o)){for(const k of Object.keys(v))if(typeof v[k]==="number")v[k]=Math.round(v[k]*1000)/1000;for(const p of v.pauses){p.startSec=Math.round(p.startSec*1000)/1000;p.endSec=Math.round(p.endSec*1000)/1000}}console.log(JSON.stringify({"//":"Made by scripts/make-analysis-fixtures.sh mic. Seconds from the start of each file; speech bounds come from the composition (trimmed TTS clips at -55 dBFS).",...o},null,2))})' >"$dir/truth.json"
  echo "mic fixtures written to $dir"
}

case $SECTION in
  mic) make_mic ;;
  all) make_mic ;;
  *) echo "usage: $0 [mic|analysis|all]" >&2; exit 2 ;;
esac
