#!/usr/bin/env bash
# Regenerates every committed WAV fixture: analysis takes with ground truth, the browser tests'
# microphone files, and the long take for the crash-recovery test. Needs espeak-ng, flite,
# festival and sox, and the Debian speech test data (see make-analysis-fixtures.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/make-analysis-fixtures.sh
bash scripts/make-long-fixture.sh
