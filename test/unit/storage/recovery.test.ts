import { describe, expect, it } from 'vitest';
import { recoverTake } from '../../../src/lib/recovery/recover';
import type { MeasuredAudio } from '../../../src/lib/audio/measure-take';
import { appendChunk, listSessions, startSession } from '../../../src/lib/storage/recordings';
import {
  discardInterruptedTake,
  findInterruptedTakes,
  rebuildAudio,
} from '../../../src/lib/storage/recovery';
import type { RecordingSessionRecord } from '../../../src/lib/storage/schema';
import { getAudio, getTake, listTakes, saveTake } from '../../../src/lib/storage/takes';
import { fakeAudio, freshDb, makeTake } from './helpers';

const NOW = 1_800_000_000_000;

function session(
  id: string,
  overrides: Partial<RecordingSessionRecord> = {},
): RecordingSessionRecord {
  return {
    id,
    startedAt: NOW - 60_000,
    mimeType: 'audio/webm;codecs=opus',
    band: { minSec: 8, maxSec: 14 },
    voiceProcessing: false,
    scriptId: 'script-a',
    scriptVersion: 2,
    elapsedMs: 0,
    ...overrides,
  };
}

/** Writes `seconds` one-second chunks the way the recorder does: WebM header first, then data. */
async function recordChunks(db: Awaited<ReturnType<typeof freshDb>>, id: string, seconds: number) {
  const whole = fakeAudio('webm', seconds * 1000, 7);
  for (let s = 0; s < seconds; s++)
    await appendChunk(
      db,
      id,
      s,
      new Blob([whole.slice(s * 1000, (s + 1) * 1000)]),
      (s + 1) * 1000 - 20,
    );
  return whole;
}

const undecodable = async (): Promise<MeasuredAudio> => ({
  damaged: true,
  reason: 'cannot decode',
});

describe('recovering an interrupted take', () => {
  it('finds a take cut off mid-recording with the time it reached', async () => {
    const db = await freshDb('recover-find');
    await startSession(db, session('cut-off'));
    await recordChunks(db, 'cut-off', 6);
    const found = await findInterruptedTakes(db, () => false, NOW);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ chunks: 6, bytes: 6000, lengthMs: 5980 });
  });

  it('never offers the take being recorded right now', async () => {
    const db = await freshDb('recover-live');
    await startSession(db, session('live'));
    await recordChunks(db, 'live', 2);
    await startSession(db, session('old'));
    await recordChunks(db, 'old', 2);
    const found = await findInterruptedTakes(db, (id) => id === 'live', NOW);
    expect(found.map((f) => f.session.id)).toEqual(['old']);
    expect(await listSessions(db)).toHaveLength(2);
  });

  it('rebuilds the audio byte for byte from its chunks in recording order', async () => {
    const db = await freshDb('recover-bytes');
    await startSession(db, session('rec'));
    const whole = fakeAudio('webm', 12_000, 3);
    // Chunks written out of order (and past seq 9) still join in order.
    for (const s of [0, 2, 1, 3, 4, 5, 6, 7, 8, 10, 9, 11])
      await appendChunk(
        db,
        'rec',
        s,
        new Blob([whole.slice(s * 1000, (s + 1) * 1000)]),
        (s + 1) * 1000,
      );
    const audio = await rebuildAudio(db, session('rec'));
    expect(audio.type).toBe('audio/webm;codecs=opus');
    expect(new Uint8Array(await audio.arrayBuffer())).toEqual(whole);
  });

  it('keeps an undecodable take as damaged and recovered, with its raw bytes, and clears the session', async () => {
    const db = await freshDb('recover-damaged');
    await startSession(db, session('broken'));
    const whole = await recordChunks(db, 'broken', 4);
    const take = await recoverTake(db, session('broken', { elapsedMs: 3980 }), undecodable);
    expect(take).toMatchObject({
      id: 'broken',
      recovered: true,
      damaged: true,
      lengthMs: 3980,
      sizeBytes: 4000,
      analysis: null,
      band: { minSec: 8, maxSec: 14 },
      scriptId: 'script-a',
      scriptVersion: 2,
      createdAt: NOW - 60_000,
    });
    expect(await getTake(db, 'broken')).toEqual(take);
    expect(new Uint8Array(await (await getAudio(db, 'broken'))!.arrayBuffer())).toEqual(whole);
    expect(await listSessions(db)).toEqual([]);
    expect(await findInterruptedTakes(db, () => false, NOW)).toEqual([]);
  });

  it('stores the measures and peaks when the audio decodes', async () => {
    const db = await freshDb('recover-measured');
    await startSession(db, session('fine'));
    await recordChunks(db, 'fine', 3);
    const analysis = makeTake(1).take.analysis!;
    const take = await recoverTake(db, session('fine', { elapsedMs: 2980 }), async () => ({
      damaged: false,
      measures: analysis,
      peaks: [0.1, 0.9],
    }));
    expect(take).toMatchObject({ recovered: true, peaks: [0.1, 0.9], analysis });
    expect(take.damaged).toBeUndefined();
    expect(take.analysisVersion).toBeGreaterThan(0);
  });

  it('never overwrites a take that Stop managed to keep before the tab closed', async () => {
    const db = await freshDb('recover-raced');
    const kept = makeTake(5, 'webm', { id: 'raced', note: 'kept by Stop' });
    await saveTake(db, kept.take, kept.audio);
    await startSession(db, session('raced'));
    await recordChunks(db, 'raced', 2);
    await recoverTake(db, session('raced'), undecodable);
    expect((await getTake(db, 'raced'))?.note).toBe('kept by Stop');
    expect(await listSessions(db)).toEqual([]);
  });

  it('discarding removes the interrupted take and nothing else', async () => {
    const db = await freshDb('recover-discard');
    const kept = makeTake(1);
    await saveTake(db, kept.take, kept.audio);
    await startSession(db, session('drop'));
    await recordChunks(db, 'drop', 2);
    await discardInterruptedTake(db, 'drop');
    expect(await findInterruptedTakes(db, () => false, NOW)).toEqual([]);
    expect((await listTakes(db)).map((t) => t.id)).toEqual([kept.take.id]);
  });

  it('sweeps away long-abandoned sessions with no audio, but not a just-started one', async () => {
    const db = await freshDb('recover-empty');
    await startSession(db, session('abandoned', { startedAt: NOW - 3_600_000 }));
    await startSession(db, session('just-started', { startedAt: NOW - 500 }));
    expect(await findInterruptedTakes(db, () => false, NOW)).toEqual([]);
    expect((await listSessions(db)).map((s) => s.id)).toEqual(['just-started']);
  });
});
