/**
 * A few seconds of synthetic "speech" (voiced crests at syllable rate, consonant-like noise in the
 * troughs, two pauses, level changes), mono samples at `rate`. Measuring it once or twice when the
 * worker starts gets every hot path compiled and optimised before the first real Stop; silence
 * alone would leave the speech paths cold.
 */
export function syntheticSpeech(rate: number, seconds = 4): Float32Array {
  const speech = new Float32Array(Math.round(rate * seconds));
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (let i = 0; i < speech.length; i++) {
    const t = i / rate;
    const paused = (t > 1.2 && t < 1.6) || (t > 2.7 && t < 3.3) || t < 0.3;
    const syllable = Math.sin(2 * Math.PI * (t < 2 ? 4 : 6) * t);
    const voice = Math.sin(2 * Math.PI * 140 * t) + 0.5 * Math.sin(2 * Math.PI * 420 * t);
    const sound = syllable > 0 ? syllable * voice * (0.1 + (0.2 * (i % 7)) / 7) : 0.03 * noise();
    speech[i] = (paused ? 0 : sound) + 3e-4 * noise();
  }
  return speech;
}
