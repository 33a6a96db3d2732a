import { engineSuite } from './suite';
import { launchChromium } from './drivers';

// First of the ring: its backup is restored by Firefox.
engineSuite('Chromium', () => launchChromium(), Number(process.env.ENGINES_PORT ?? 4221) + 3);
