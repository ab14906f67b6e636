// True once the browser has been idle after the first paint: secondary panels mount (and fetch
// their chunks) only then, so on a slow link they do not compete with the form and its preview.
import { useEffect, useState } from 'react';

export function useIdleReady(timeoutMs = 1500): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setReady(true), { timeout: timeoutMs });
      return () => cancelIdleCallback(id);
    }
    const t = setTimeout(() => setReady(true), 200);
    return () => clearTimeout(t);
  }, [timeoutMs]);
  return ready;
}

/**
 * True from the frame after the first paint. The preview mounts (and requests its chunk) then, so
 * the form is on screen and usable before any lazy code is even asked for.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return ready;
}
