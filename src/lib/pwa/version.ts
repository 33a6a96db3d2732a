declare const __AFTERBEEP_VERSION__: string;

/** The running build's version, e.g. "0.1.0" (set by pwa.config.ts at build time). */
export const appVersion: string =
  typeof __AFTERBEEP_VERSION__ === 'string' ? __AFTERBEEP_VERSION__ : 'dev';
