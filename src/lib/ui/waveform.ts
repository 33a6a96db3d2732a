import type WaveSurfer from 'wavesurfer.js';
import type { TakeRecord } from '../storage/schema';
import { claimPlayback, releasePlayback } from './one-player';

/** Length of the opening window, s (PRODUCT.md: opening pace is measured over 3 s). */
export const OPENING_SEC = 3;

export interface WaveformOptions {
  /** Pixels tall. */
  height?: number;
  /** Mark the opening, the speech onset and the pauses from the stored analysis. */
  marks?: boolean;
  onTime?: (seconds: number) => void;
  onPlaying?: (playing: boolean) => void;
}

/** A take's waveform, drawn from its stored peaks and length (no decoding), ready to play. */
export interface TakeWaveform {
  wavesurfer: WaveSurfer;
  destroy(): void;
}

/**
 * Draws a take with wavesurfer.js (loaded on first use, so the app shell stays small) and
 * loads its audio for playback.
 */
export async function createTakeWaveform(
  container: HTMLElement,
  take: TakeRecord,
  audio: Blob | undefined,
  options: WaveformOptions = {},
): Promise<TakeWaveform> {
  const [{ default: WaveSurferClass }, { default: Regions }] = await Promise.all([
    import('wavesurfer.js'),
    import('wavesurfer.js/dist/plugins/regions.esm.js'),
  ]);
  const styles = getComputedStyle(container);
  const regions = Regions.create();
  const durationSec = take.lengthMs / 1000;
  const url = audio ? URL.createObjectURL(audio) : undefined;
  // iOS Safari plays inline (not full screen) only with playsinline; the length is the stored one
  // (`duration` below), never the MP4's loadedmetadata duration, which WebKit reports short.
  const media = document.createElement('audio');
  media.setAttribute('playsinline', '');
  media.preload = 'auto';
  // Given url, peaks and duration, wavesurfer loads the audio for playback and draws the stored
  // peaks without decoding. (A separate load() call would be superseded by the constructor's own.)
  const wavesurfer = WaveSurferClass.create({
    ...(url ? { url } : {}),
    media,
    container,
    height: options.height ?? 96,
    waveColor: styles.getPropertyValue('--wave').trim() || '#8aa',
    progressColor: styles.getPropertyValue('--wave-progress').trim() || '#246',
    cursorColor: styles.getPropertyValue('--text').trim() || '#000',
    // Bars and the played part keep 3:1 against the waveform's background (see app.css).
    cursorWidth: 2,
    barWidth: 2,
    barGap: 1,
    normalize: true,
    peaks: [take.peaks.length ? take.peaks : [0]],
    duration: durationSec,
    plugins: [regions],
  });
  if (options.marks) {
    // Regions are pinned to the duration known when they are added, so wait for it.
    if (wavesurfer.getDuration() > 0) addMarks(regions, take, styles);
    else wavesurfer.once('ready', () => addMarks(regions, take, styles));
  }
  // One audio at a time: starting this one pauses any other player in the app.
  const owner = Symbol(take.id);
  wavesurfer.on('timeupdate', (t) => options.onTime?.(t));
  wavesurfer.on('play', () => {
    claimPlayback(owner, () => wavesurfer.pause());
    options.onPlaying?.(true);
  });
  wavesurfer.on('pause', () => {
    releasePlayback(owner);
    options.onPlaying?.(false);
  });
  wavesurfer.on('finish', () => {
    releasePlayback(owner);
    options.onPlaying?.(false);
  });
  return {
    wavesurfer,
    destroy() {
      releasePlayback(owner);
      wavesurfer.destroy();
      if (url) URL.revokeObjectURL(url);
    },
  };
}

type RegionsPlugin = ReturnType<
  typeof import('wavesurfer.js/dist/plugins/regions.esm.js').default.create
>;

function addMarks(regions: RegionsPlugin, take: TakeRecord, styles: CSSStyleDeclaration) {
  const m = take.analysis;
  if (!m || m.speechOnsetSec === null) return;
  const colour = (name: string, fallback: string) =>
    styles.getPropertyValue(name).trim() || fallback;
  const onset = m.speechOnsetSec;
  const end = Math.min(onset + OPENING_SEC, take.lengthMs / 1000);
  regions.addRegion({
    start: onset,
    end,
    color: colour('--mark-opening', 'rgba(80,140,255,0.18)'),
    drag: false,
    resize: false,
    content: 'first 3 s',
  });
  regions.addRegion({
    start: onset,
    color: colour('--mark-onset', '#2a6'),
    drag: false,
    resize: false,
  });
  const edge = colour('--mark-pause-edge', '#a60');
  for (const pause of m.pauses) {
    const region = regions.addRegion({
      start: pause.startSec,
      end: pause.endSec,
      color: colour('--mark-pause', 'rgba(255,160,0,0.25)'),
      drag: false,
      resize: false,
    });
    // The tint alone is too faint to see at 3:1; a solid bar along the bottom marks the pause.
    region.element?.style.setProperty('box-shadow', `inset 0 -4px 0 ${edge}`);
  }
}
