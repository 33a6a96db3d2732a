import { median as medianOrNull } from '../src/lib/log/stats';

/** The median of the benchmarks' timings (NaN for none, which prints as such). */
export const median = (values: number[]): number => medianOrNull(values) ?? NaN;
