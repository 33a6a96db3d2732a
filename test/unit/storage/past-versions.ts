import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { expect } from 'vitest';
import type { Db } from '../../../src/lib/storage/db';
import { getChunks, listSessions } from '../../../src/lib/storage/recordings';
import { getSettings } from '../../../src/lib/storage/settings';
import { getAudio, listScriptTakes, listTakes } from '../../../src/lib/storage/takes';
import { listFollowUpsBy, listVoicemails } from '../../../src/lib/storage/voicemails';

/**
 * Every schema version Afterbeep has shipped, frozen as it shipped: how its stores were made and
 * a library written in that version's shapes. Adding schema v2 means adding one entry here; the
 * migration tests then check v0 → current, v1 → current and v2 → current.
 */
export interface PastVersion {
  version: number;
  /** Creates the stores exactly as this version's app did (a copy, so later edits cannot hide). */
  create(db: IDBPDatabase): void;
  /** Writes a library in this version's record shapes. */
  seed(db: IDBPDatabase): Promise<void>;
  /** Asserts, through the current repositories, that the seeded library reads back correctly. */
  readsBack(db: Db): Promise<void>;
}

const band = { minSec: 20, maxSec: 30 };

export const PAST_VERSIONS: PastVersion[] = [
  {
    version: 1,
    create(db) {
      const takes = db.createObjectStore('takes', { keyPath: 'id' });
      takes.createIndex('by-created', 'createdAt');
      takes.createIndex('by-script', ['scriptId', 'createdAt']);
      takes.createIndex('by-analysis-version', 'analysisVersion');
      db.createObjectStore('audio', { keyPath: 'takeId' });
      const scripts = db.createObjectStore('scripts', { keyPath: 'id' });
      scripts.createIndex('by-updated', 'updatedAt');
      db.createObjectStore('scriptVersions', { keyPath: ['scriptId', 'version'] });
      db.createObjectStore('recordings', { keyPath: 'id' });
      db.createObjectStore('chunks', { keyPath: ['recordingId', 'seq'] });
      db.createObjectStore('settings');
    },
    async seed(db) {
      const tx = db.transaction(
        ['takes', 'audio', 'scripts', 'scriptVersions', 'recordings', 'chunks', 'settings'],
        'readwrite',
      );
      await Promise.all([
        tx.objectStore('takes').put({
          id: 'v1-take',
          createdAt: 1_700_000_000_000,
          lengthMs: 24_500,
          mimeType: 'audio/webm;codecs=opus',
          sizeBytes: 4,
          band,
          peaks: [0.2, 0.8],
          analysis: null,
          analysisVersion: 0,
          voiceProcessing: false,
          scriptId: 'v1-script',
          scriptVersion: 1,
          starred: true,
          note: 'best one so far',
        }),
        tx.objectStore('takes').put({
          id: 'v1-damaged',
          createdAt: 1_700_000_100_000,
          lengthMs: 3_000,
          mimeType: 'audio/webm;codecs=opus',
          sizeBytes: 3,
          band,
          peaks: [],
          analysis: null,
          analysisVersion: 0,
          voiceProcessing: true,
          damaged: true,
          recovered: true,
        }),
        tx.objectStore('audio').put({
          takeId: 'v1-take',
          blob: new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: 'audio/webm' }),
        }),
        tx
          .objectStore('audio')
          .put({ takeId: 'v1-damaged', blob: new Blob(['bad'], { type: 'audio/webm' }) }),
        tx.objectStore('scripts').put({
          id: 'v1-script',
          title: 'Renewal',
          text: 'Hi Sam — quick question.',
          notes: '',
          band: null,
          archived: false,
          createdAt: 1_699_000_000_000,
          updatedAt: 1_699_500_000_000,
          version: 1,
        }),
        tx.objectStore('scriptVersions').put({
          scriptId: 'v1-script',
          version: 1,
          text: 'Hi Sam — quick question.',
          createdAt: 1_699_000_000_000,
        }),
        tx.objectStore('recordings').put({
          id: 'v1-session',
          startedAt: 1_700_000_200_000,
          mimeType: 'audio/webm;codecs=opus',
          band,
          voiceProcessing: false,
          elapsedMs: 2_000,
        }),
        tx.objectStore('chunks').put({ recordingId: 'v1-session', seq: 0, blob: new Blob(['c0']) }),
        tx.objectStore('chunks').put({ recordingId: 'v1-session', seq: 1, blob: new Blob(['c1']) }),
        tx.objectStore('settings').put(
          {
            band: { minSec: 8, maxSec: 14 },
            thresholds: { slowStartDeadAirSec: 1.5, slowStartOpeningPace: 2.5 },
            voiceProcessing: false,
            smoothStreak: 4,
            prompterScroll: true,
            prompterFade: false,
          },
          'settings',
        ),
        tx.done,
      ]);
    },
    async readsBack(db) {
      const takes = await listTakes(db);
      expect(takes.map((t) => t.id)).toEqual(['v1-damaged', 'v1-take']);
      expect(takes[1]).toMatchObject({ starred: true, note: 'best one so far', lengthMs: 24_500 });
      expect(takes[0]).toMatchObject({ damaged: true, recovered: true });
      expect((await listScriptTakes(db, 'v1-script')).map((t) => t.id)).toEqual(['v1-take']);
      expect((await getAudio(db, 'v1-take'))?.size).toBe(4);
      expect(await getSettings(db)).toMatchObject({
        smoothStreak: 4,
        band: { minSec: 8, maxSec: 14 },
      });
      expect((await listSessions(db)).map((s) => s.id)).toEqual(['v1-session']);
      expect((await getChunks(db, 'v1-session')).map((c) => c.seq)).toEqual([0, 1]);
    },
  },
  {
    // Audio as bytes plus type; a take's audio may stay in its recording chunks (promoted).
    version: 2,
    create() {
      // v2 made no new stores: it changed the shape of audio and chunk records.
    },
    async seed(db) {
      const tx = db.transaction(
        ['takes', 'audio', 'recordings', 'chunks', 'settings'],
        'readwrite',
      );
      const take = (id: string, createdAt: number, mimeType: string, sizeBytes: number) => ({
        id,
        createdAt,
        lengthMs: 9_000,
        mimeType,
        sizeBytes,
        band,
        peaks: [0.5],
        analysis: null,
        analysisVersion: 0,
        voiceProcessing: false,
      });
      const bytes = (...values: number[]) => new Uint8Array(values).buffer;
      await Promise.all([
        tx.objectStore('takes').put(take('v2-whole', 1_700_001_000_000, 'audio/ogg', 4)),
        tx.objectStore('audio').put({
          takeId: 'v2-whole',
          type: 'audio/ogg;codecs=opus',
          size: 4,
          bytes: bytes(0x4f, 0x67, 0x67, 0x53),
        }),
        tx.objectStore('takes').put(take('v2-promoted', 1_700_002_000_000, 'audio/mp4', 5)),
        tx.objectStore('audio').put({
          takeId: 'v2-promoted',
          type: 'audio/mp4',
          size: 5,
          chunks: 2,
        }),
        tx.objectStore('chunks').put({
          recordingId: 'v2-promoted',
          seq: 0,
          type: 'audio/mp4',
          bytes: bytes(1, 2, 3),
        }),
        tx.objectStore('chunks').put({
          recordingId: 'v2-promoted',
          seq: 1,
          type: 'audio/mp4',
          bytes: bytes(4, 5),
        }),
        tx.objectStore('recordings').put({
          id: 'v2-session',
          startedAt: 1_700_003_000_000,
          mimeType: '',
          band,
          voiceProcessing: false,
          elapsedMs: 1_000,
        }),
        tx.objectStore('chunks').put({
          recordingId: 'v2-session',
          seq: 0,
          type: 'audio/ogg; codecs=opus',
          bytes: bytes(9),
        }),
        tx.done,
      ]);
    },
    async readsBack(db) {
      const ids = (await listTakes(db)).map((t) => t.id);
      expect(ids.slice(0, 2)).toEqual(['v2-promoted', 'v2-whole']);
      const whole = await getAudio(db, 'v2-whole');
      expect(whole?.type).toBe('audio/ogg;codecs=opus');
      expect([...new Uint8Array(await whole!.arrayBuffer())]).toEqual([0x4f, 0x67, 0x67, 0x53]);
      const promoted = await getAudio(db, 'v2-promoted');
      expect(promoted?.type).toBe('audio/mp4');
      expect([...new Uint8Array(await promoted!.arrayBuffer())]).toEqual([1, 2, 3, 4, 5]);
      // A kept take's chunks are not an interrupted take.
      expect((await listSessions(db)).map((s) => s.id)).toContain('v2-session');
      expect((await listSessions(db)).map((s) => s.id)).not.toContain('v2-promoted');
      expect((await getChunks(db, 'v2-session')).map((c) => c.type)).toEqual([
        'audio/ogg; codecs=opus',
      ]);
    },
  },
  {
    // Schema 3 adds the message log. On top of a v2 library.
    version: 3,
    create(db) {
      const voicemails = db.createObjectStore('voicemails', { keyPath: 'id' });
      voicemails.createIndex('by-left', 'leftAt');
      voicemails.createIndex('by-follow-up', 'followUpOn');
    },
    async seed(db) {
      await PAST_VERSIONS[1]!.seed(db);
      await db.put('voicemails', {
        id: 'v3-voicemail',
        leftAt: 1_700_000_300_000,
        prospect: 'Sam Lee',
        company: 'Northwind',
        phone: '(412) 555-0187',
        phoneKey: '14125550187',
        scriptId: 'v1-script',
        scriptVersion: 1,
        scriptTitle: 'Renewal',
        takeId: 'v1-take',
        followUpOn: '2023-11-20',
        note: '',
        outcomes: [{ kind: 'called back', at: 1_700_100_000_000 }],
        updatedAt: 1_700_100_000_000,
      });
    },
    async readsBack(db) {
      await PAST_VERSIONS[1]!.readsBack(db);
      const [logged] = await listVoicemails(db);
      expect(logged).toMatchObject({ prospect: 'Sam Lee', outcomes: [{ kind: 'called back' }] });
      expect((await listFollowUpsBy(db, '2023-11-30')).map((v) => v.id)).toEqual(['v3-voicemail']);
    },
  },
];

/** Creates a database as version `past.version` of the app left it, with its library. */
export async function createAt(name: string, past: PastVersion): Promise<void> {
  const index = PAST_VERSIONS.indexOf(past);
  const db = await openDB(name, past.version, {
    upgrade(db, oldVersion) {
      // Replays every shipped step up to this version, as a rep's browser would have.
      for (const step of PAST_VERSIONS.slice(0, index + 1))
        if (oldVersion < step.version) step.create(db);
    },
  });
  await past.seed(db);
  db.close();
}
