import { engineSuite } from './suite';
import { launchWebKit } from './drivers';

const port = Number(process.env.ENGINES_PORT ?? 4221);
engineSuite('WebKitGTK', () => launchWebKit(port + 2), port + 1, 'firefox');
