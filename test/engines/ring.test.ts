import { restoreSuite } from './suite';
import { launchChromium } from './drivers';

// The ring's last link: WebKit's takes restored and played in Chromium.
restoreSuite(
  'Chromium restores WebKitGTK',
  () => launchChromium(),
  Number(process.env.ENGINES_PORT ?? 4221) + 4,
  'webkit',
);
