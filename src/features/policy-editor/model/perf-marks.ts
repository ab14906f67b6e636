// Performance marks for the keystroke -> preview + validation benchmark: the form marks the input
// event, the page measures once the new draft is committed. Read by bench/editor.bench.ts.
export const INPUT_MARK = 'netpol:input';
export const KEYSTROKE_MEASURE = 'netpol:keystroke';

/** Measures from the pending input mark (if any) to now, then clears the mark. */
export function measureKeystroke(perf: Pick<Performance, 'getEntriesByName' | 'measure' | 'clearMarks'> = performance) {
  if (perf.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
  perf.measure(KEYSTROKE_MEASURE, INPUT_MARK);
  perf.clearMarks(INPUT_MARK);
}
