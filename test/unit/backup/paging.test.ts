import { describe, expect, it } from 'vitest';
import { listTakes, saveTake } from '../../../src/lib/storage/takes';
import { freshDb, makeTake } from '../storage/helpers';

describe('paging the take list (issue 14 G)', () => {
  it('120 takes sharing one createdAt all appear, page after page, each once', async () => {
    const db = await freshDb('paging-ties');
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      const { take, audio } = makeTake(i, 'webm', { createdAt: 1_750_000_000_000 });
      await saveTake(db, take, audio);
      ids.push(take.id);
    }
    // Two takes on either side of the tie, so pages cross into and out of it.
    for (const [n, at] of [
      [200, 1_760_000_000_000],
      [201, 1_740_000_000_000],
    ] as const) {
      const { take, audio } = makeTake(n, 'webm', { createdAt: at });
      await saveTake(db, take, audio);
    }
    const seen: string[] = [];
    let page = await listTakes(db, { limit: 50 });
    while (page.length > 0) {
      seen.push(...page.map((t) => t.id));
      page = await listTakes(db, { limit: 50, before: page.at(-1)! });
    }
    expect(seen).toHaveLength(122);
    expect(new Set(seen).size).toBe(122);
    expect(seen[0]).toBe('take-0200');
    expect(seen.at(-1)).toBe('take-0201');
    // Within one createdAt the list is in a stable order (by id, newest-first direction).
    expect(seen.slice(1, 121)).toEqual([...ids].reverse());
  });

  it('pages of one take walk the tie one by one', async () => {
    const db = await freshDb('paging-one');
    for (let i = 0; i < 3; i++) {
      const { take, audio } = makeTake(i, 'webm', { createdAt: 1_750_000_000_000 });
      await saveTake(db, take, audio);
    }
    const first = await listTakes(db, { limit: 1 });
    const second = await listTakes(db, { limit: 1, before: first[0]! });
    const third = await listTakes(db, { limit: 1, before: second[0]! });
    const none = await listTakes(db, { limit: 1, before: third[0]! });
    expect([...first, ...second, ...third].map((t) => t.id)).toEqual([
      'take-0002',
      'take-0001',
      'take-0000',
    ]);
    expect(none).toEqual([]);
  });
});
