// performance.mark / measure names the app sets and the benchmarks (bench/) read.

/** Stop pressed. */
export const MARK_STOP = 'afterbeep:stop';
/** The recorder has flushed its last chunk after Stop. */
export const MARK_RECORDER_STOPPED = 'afterbeep:recorder-stopped';
/** The take's measures are back from the analysis worker. */
export const MARK_MEASURED = 'afterbeep:measured';
/** Measure from Stop to the frame that shows the analysed take, ms. */
export const MEASURE_STOP_TO_TAKE = 'afterbeep:stop-to-analysed-take';
/** The take list is first drawn after the app opens. */
export const MARK_LIST_DRAWN = 'afterbeep:list-drawn';
