/**
 * `npm run bench`: every benchmark in turn, each printing its own figures. None asserts a time;
 * the size budgets (deterministic) are the only ones that fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches: { file: string; what: string }[] = [
  { file: 'bench/analysis.ts', what: 'Analysis speed in Node (30 s take at 48 kHz)' },
  {
    file: 'bench/first-paint.ts',
    what: 'First paint on slow 4G, with and without the pre-rendered view',
  },
  {
    file: 'bench/start-up.ts',
    what: 'Start-up main-thread tasks after first paint (CPU time x 4)',
  },
  { file: 'bench/stop-to-take.ts', what: 'Stop → analysed take on screen, headless Chromium' },
  { file: 'bench/list.ts', what: 'Opening the take list with 2,000 takes' },
  { file: 'bench/backup.ts', what: 'Backup and restore of 500 takes' },
  { file: 'bench/log-search.ts', what: "Who's calling? with 10,000 logged voicemails" },
  { file: 'scripts/size.ts', what: 'App shell and precache sizes (budgets)' },
];

let failed = 0;
for (const { file, what } of benches) {
  if (!existsSync(file)) continue;
  console.log(`\n## ${what} (${file})`);
  const args =
    file === 'scripts/size.ts'
      ? ['sh', '-c', 'npx vite build --logLevel error && npx tsx scripts/size.ts']
      : ['npx', 'tsx', file];
  const result = spawnSync(args[0]!, args.slice(1), { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.log(`(${file} exited with ${result.status})`);
  }
}
process.exit(failed ? 1 : 0);
