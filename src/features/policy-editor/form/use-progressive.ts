// Long lists mount in slices: the first items at once, the rest a slice per frame in a transition,
// so a 1,000-peer policy is usable at once and every item (ids, labels) is in the DOM soon after.
import { startTransition, useEffect, useState } from 'react';

export const FIRST_SLICE = 50;
const STEP = 100;

/** How many of `total` items to render now; grows to `total` without blocking input. */
export function useProgressive(total: number): number {
  const [shown, setShown] = useState(() => Math.min(total, FIRST_SLICE));
  const count = Math.min(Math.max(shown, FIRST_SLICE), total);
  useEffect(() => {
    if (count >= total) return;
    const id = setTimeout(() => startTransition(() => setShown(count + STEP)), 0);
    return () => clearTimeout(id);
  }, [count, total]);
  return count;
}
