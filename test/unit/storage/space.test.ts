import { describe, expect, it } from 'vitest';
import { describeSpaceNeeded, spaceNeeded } from '../../../src/lib/storage/space';
import { saveTake } from '../../../src/lib/storage/takes';
import { freshDb, makeTake } from './helpers';

describe('issue 14 E: a full disk says what the take needs and what could be freed', () => {
  it('counts the fewest oldest takes whose audio would make room', async () => {
    const db = await freshDb('space');
    for (let i = 0; i < 5; i++) {
      const { take, audio } = makeTake(i, 'webm', { sizeBytes: 400_000 });
      await saveTake(db, take, audio);
    }
    const space = await spaceNeeded(db, 700_000);
    expect(space.oldest).toEqual({ count: 2, bytes: 800_000 });
    const words = describeSpaceNeeded({ ...space, freeBytes: 50_000 });
    expect(words).toBe(
      'This take needs about 0.7 MB (about 0.1 MB is free). Deleting your 2 oldest takes would free 0.8 MB; export a backup first if you want to keep them. Or download this take.',
    );
  });

  it('says so when there is nothing older to delete', async () => {
    const db = await freshDb('space-empty');
    const space = await spaceNeeded(db, 2_500_000);
    expect(space.oldest).toEqual({ count: 0, bytes: 0 });
    expect(describeSpaceNeeded({ ...space, freeBytes: null })).toBe(
      'This take needs about 2.5 MB. There are no older takes to delete: free space on the device, or download this take.',
    );
  });
});
