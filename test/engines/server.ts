import { spawn, type ChildProcess } from 'node:child_process';

/** The built app served by `vite preview` on `port`; stop() takes it offline. */
export class AppServer {
  #child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    readonly outDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Starts serving and resolves once the app answers. */
  async start(): Promise<void> {
    // vite itself, not npx, so stopping it really stops serving.
    this.#child = spawn(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'preview',
        '--outDir',
        this.outDir,
        '--host',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--strictPort',
      ],
      { stdio: 'ignore', detached: false },
    );
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (
        await fetch(this.url).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`vite preview did not answer on ${this.url}`);
  }

  /** Stops serving (the app must now load from its service worker). */
  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    for (let i = 0; i < 40; i++) {
      if (
        !(await fetch(this.url).then(
          () => true,
          () => false,
        ))
      )
        return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the app is still served on ${this.url} after stop`);
  }
}
