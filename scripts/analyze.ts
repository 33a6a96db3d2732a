// Prints one JSON line of take analysis per WAV file: npm run analyze -- FILE.wav [FILE.wav …]
import { readFileSync } from 'node:fs';
import { analyzeTake, type TakeAnalysis } from '../src/lib/analysis/index';
import { mixToMono, parseWav, WavError } from '../src/lib/analysis/wav';
import { slowStartReasonText } from '../src/lib/verdicts/words';

/** The CLI's JSON for one take: exactly the documented fields, numbers rounded to 3 decimals. */
export function cliRecord(file: string, a: TakeAnalysis): Record<string, unknown> {
  const r = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);
  return {
    file,
    lengthSec: r(a.lengthSec),
    speechOnsetSec: r(a.speechOnsetSec),
    speechEndSec: r(a.speechEndSec),
    talkTimeSec: r(a.talkTimeSec),
    pauses: a.pauses.map((p) => ({ startSec: r(p.startSec), endSec: r(p.endSec) })),
    longestPauseSec: r(a.longestPauseSec),
    syllables: a.syllables,
    paceSyllablesPerSec: r(a.paceSyllablesPerSec),
    paceWpm: Math.round(a.paceWpm),
    openingSyllablesPerSec: r(a.openingSyllablesPerSec),
    speechRmsDbfs: r(a.speechRmsDbfs),
    peakDbfs: r(a.peakDbfs),
    noiseFloorDbfs: r(a.noiseFloorDbfs),
    snrDb: r(a.snrDb),
    clippingFraction: Math.round(a.clippingFraction * 1e6) / 1e6,
    flags: {
      slowStart: a.flags.slowStart,
      slowStartReasons: a.flags.slowStartReasons.map((reason) => slowStartReasonText(reason)),
      tooQuiet: a.flags.tooQuiet,
      clipping: a.flags.clipping,
      tooNoisy: a.flags.tooNoisy,
      talkersNearby: a.flags.talkersNearby,
    },
  };
}

/** Reads and analyses one WAV file; throws an Error whose message names the file and the problem. */
export function analyzeFile(file: string): TakeAnalysis {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot read (${code ?? String(error)})`,
      { cause: error },
    );
  }
  try {
    const pcm = parseWav(bytes);
    return analyzeTake(mixToMono(pcm), pcm.sampleRate);
  } catch (error) {
    if (error instanceof WavError) throw new Error(`${file}: ${error.message}`, { cause: error });
    throw error;
  }
}

function main(args: string[]): number {
  if (args.length === 0) {
    process.stderr.write('usage: npm run analyze -- FILE.wav [FILE.wav …]\n');
    return 2;
  }
  let failed = 0;
  for (const file of args) {
    try {
      process.stdout.write(JSON.stringify(cliRecord(file, analyzeFile(file))) + '\n');
    } catch (error) {
      failed++;
      process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
