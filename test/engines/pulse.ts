import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A user-level PulseAudio with a null sink: Firefox's AudioContext stays "suspended" without an
 * audio server. Its own runtime directory, so it never meets another PulseAudio on the machine.
 */
export function startPulseAudio(): { env: Record<string, string>; stop(): void } {
  const runtime = mkdtempSync(path.join(tmpdir(), 'afterbeep-pulse-'));
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime, HOME: runtime } as Record<string, string>;
  execFileSync(
    'pulseaudio',
    [
      '-D',
      '-n',
      '--exit-idle-time=-1',
      '--load=module-native-protocol-unix',
      '--load=module-null-sink sink_name=spk',
    ],
    { env, stdio: 'ignore' },
  );
  return {
    env: {
      XDG_RUNTIME_DIR: runtime,
      PULSE_SERVER: `unix:${path.join(runtime, 'pulse', 'native')}`,
    },
    stop() {
      try {
        execFileSync('pulseaudio', ['--kill'], { env, stdio: 'ignore' });
      } catch {
        // Already gone.
      }
      rmSync(runtime, { recursive: true, force: true });
    },
  };
}
