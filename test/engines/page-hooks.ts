/**
 * Test hooks installed in the page after it loads (WebDriver classic has no init scripts). Plain
 * JavaScript in a string so every engine runs it as written. They never ship in the app.
 * - a microphone fed with real speech: getUserMedia returns a stream from a WAV fixture decoded by
 *   an AudioContext and played (in a loop, from the moment a MediaRecorder of it starts) into
 *   createMediaStreamDestination();
 * - downloads (an <a download> clicked with a blob: URL) are kept in memory for the test;
 * - `mark` finds an element by role-like CSS and its accessible name so the driver can click it
 *   with a real WebDriver click; `fill` types into a labelled field.
 */
export const PAGE_HOOKS = String.raw`
(() => {
  if (window.__eng) return true;
  const eng = { downloads: [], mic: null };
  // Like an accessible name: aria-label, else the text without aria-hidden decorations (▶, ☆).
  const textOf = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
    return copy.textContent;
  };
  const nameOf = (el) =>
    (el.getAttribute('aria-label') || textOf(el) || '').replace(/\s+/g, ' ').trim();
  eng.mark = (css, name) => {
    document.querySelectorAll('[data-eng]').forEach((el) => el.removeAttribute('data-eng'));
    const re = new RegExp(name);
    const el = [...document.querySelectorAll(css)].find(
      (e) => re.test(nameOf(e)) && e.getClientRects().length > 0,
    );
    if (!el) return false;
    el.setAttribute('data-eng', '1');
    return true;
  };
  eng.markLast = (css) => {
    document.querySelectorAll('[data-eng]').forEach((el) => el.removeAttribute('data-eng'));
    const el = [...document.querySelectorAll(css)].filter((e) => e.getClientRects().length > 0).pop();
    if (!el) return false;
    el.setAttribute('data-eng', '1');
    return true;
  };
  // Types into the control of the visible label whose name matches, as a keyboard would.
  eng.fill = (label, value) => {
    const re = new RegExp(label);
    const found = [...document.querySelectorAll('label')].find(
      (l) => re.test(nameOf(l)) && l.control && l.getClientRects().length > 0,
    );
    if (!found) return false;
    const control = found.control;
    const proto = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(proto.prototype, 'value').set.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  };
  eng.texts = (css) => [...document.querySelectorAll(css)].map(nameOf);
  // The microphone's audio graphs by track id, kept here so none is collected mid-take.
  const mics = new Map();
  // On the prototypes, not on navigator.mediaDevices or the track: WebKit collects those wrapper
  // objects when nothing holds them and hands out fresh ones without the page's own properties,
  // so an own-property override is lost at the next GC (and the real microphone answers).
  MediaDevices.prototype.getUserMedia = async () => {
    if (!eng.mic) throw new DOMException('No fixture set for the test microphone', 'NotFoundError');
    const context = new AudioContext();
    await context.resume();
    const buffer = await context.decodeAudioData(eng.mic.slice(0));
    const source = context.createBufferSource();
    source.buffer = buffer;
    // A real microphone never falls silent: WebKit's recorder writes nothing once a source has
    // ended, so the speech repeats for as long as the take runs.
    source.loop = true;
    const out = context.createMediaStreamDestination();
    out.channelCount = 1;
    source.connect(out);
    const stream = out.stream;
    const mic = { context, source, out, stream, playing: false };
    mics.set(stream.getAudioTracks()[0].id, mic);
    return stream;
  };
  // The fixture plays from the moment the recorder starts, so the take's dead air is the
  // fixture's own leading silence (plus the audio path's latency), however long the app took to
  // set the recorder up.
  const startRecorder = MediaRecorder.prototype.start;
  MediaRecorder.prototype.start = function (...args) {
    const id = this.stream.getAudioTracks()[0]?.id;
    const mic = mics.get(id);
    const play = () => {
      // Not once its track has stopped (a take stopped before it started).
      if (mic.playing || !mics.has(id)) return;
      mic.playing = true;
      mic.source.start();
    };
    if (mic) this.addEventListener('start', play, { once: true });
    return startRecorder.apply(this, args);
  };
  const stopTrack = MediaStreamTrack.prototype.stop;
  MediaStreamTrack.prototype.stop = function () {
    stopTrack.call(this);
    const mic = mics.get(this.id);
    if (!mic) return;
    mics.delete(this.id);
    if (mic.playing) mic.source.stop();
    void mic.context.close();
  };
  eng.setMic = (base64) => {
    eng.mic = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
    return true;
  };
  // Blobs by object URL (WebKit will not fetch() a blob: URL from a script here).
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.download || !blobs.has(this.href)) return click.call(this);
    eng.downloads.push(Promise.resolve({ name: this.download, blob: blobs.get(this.href) }));
  };
  eng.downloadCount = () => eng.downloads.length;
  eng.decodeDownload = async (i) => {
    const { name, blob } = await eng.downloads[i];
    const context = new AudioContext();
    try {
      const audio = await context.decodeAudioData(await blob.arrayBuffer());
      return { name, type: blob.type, bytes: blob.size, durationSec: audio.duration };
    } finally {
      void context.close();
    }
  };
  eng.downloadBase64 = async (i) => {
    const { name, blob } = await eng.downloads[i];
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let k = 0; k < bytes.length; k += 0x8000)
      s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
    return { name, base64: btoa(s) };
  };
  eng.restoreFile = (base64, name) => {
    const input = document.querySelector('input[type=file]');
    if (!input) return false; // the Settings view is still loading
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, { type: 'application/zip' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  };
  window.__eng = eng;
  return true;
})()
`;
