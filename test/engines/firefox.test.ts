import { engineSuite } from './suite';
import { launchFirefox } from './drivers';

engineSuite(
  'Firefox ESR',
  () => launchFirefox(),
  Number(process.env.ENGINES_PORT ?? 4221),
  'chromium',
);
