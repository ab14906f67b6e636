// The editor in headless Chromium: (a) gzip bytes of JS loaded before the form is usable (Monaco
// excluded) vs react+react-dom alone; (b) p95 keystroke -> preview + validation on a 1,000-peer
// policy vs a 1-peer policy, from the app's performance marks (input event on the form ->
// preview text pushed into Monaco, markers set and validation rendered).
import { chromium, type Browser, type Page } from '@playwright/test';
import { fmtMs, percentile, type BenchRow } from './types';
import {
  fmtKB,
  gzipBytes,
  policyWithPeers,
  reactBaselineGzip,
  startServer,
  staticEntryAssets,
} from './editor-bench-support';

const DRAFT_KEY = 'netpol-studio:draft:v1';
/** Monaco's chunks in dist/assets: our lazy editor module, the editor API, language modes and workers. */
const MONACO_CHUNK = /\/assets\/(monaco-text-editor|editor\.api|editor\.worker|json\.worker|jsonMode|yaml)-[\w-]+\.js$/;
const KEYSTROKES = 60;
const WARMUP = 10;

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

async function jsBeforeUsable(browser: Browser, url: string) {
  const page = await browser.newPage();
  // In the page, from its first script on: the moment the Name input (fieldDomId('metadata.name'))
  // is visible and enabled, on the performance timeline that resource timings use.
  // A string, not a function: tsx would wrap a named inner function in its __name helper, which
  // does not exist in the page.
  await page.addInitScript(`(() => {
    const check = () => {
      const el = document.getElementById('pf-metadata-name');
      if (el !== null && !el.disabled && el.getClientRects().length > 0) window.__usableAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`);
  await page.goto(url);
  await expectEnabled(page);
  await page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined);
  // Let anything started by then finish, then read which scripts were requested before that moment.
  await page.waitForLoadState('networkidle');
  const { usableAt, scripts } = await page.evaluate(() => ({
    usableAt: (window as unknown as { __usableAt: number }).__usableAt,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, startTime: e.startTime })),
  }));
  await page.close();
  const before = scripts.filter((s) => s.startTime <= usableAt && !MONACO_CHUNK.test(s.path));
  const sized = await Promise.all(
    before.map(async (s) => ({
      path: s.path,
      gz: gzipBytes(new Uint8Array(await (await fetch(url + s.path)).arrayBuffer())),
    })),
  );
  const entry = staticEntryAssets();
  const eager = sized.filter((b) => entry.has(b.path));
  const lazy = sized.filter((b) => !entry.has(b.path));
  return {
    totalGz: sized.reduce((sum, b) => sum + b.gz, 0),
    eagerGz: eager.reduce((sum, b) => sum + b.gz, 0),
    lazyGz: lazy.reduce((sum, b) => sum + b.gz, 0),
    lazyFiles: lazy.map((b) => b.path.replace(/^\/assets\//, '').replace(/-[\w-]+\.js$/, '')),
    usableMs: usableAt,
  };
}

async function expectEnabled(page: Page): Promise<void> {
  const name = page.getByLabel('Name', { exact: true });
  await name.waitFor({ state: 'visible' });
  const handle = await name.elementHandle();
  await page.waitForFunction((el) => el !== null && !(el as HTMLInputElement).disabled, handle);
}

async function keystrokeSamples(
  page: Page,
  url: string,
  peers: number,
  tab: 'JSON' | 'YAML' = 'JSON',
): Promise<number[]> {
  const draft = JSON.stringify({ version: 1, savedAt: new Date().toISOString(), policy: policyWithPeers(peers) });
  await page.addInitScript(([k, v]) => localStorage.setItem(k as string, v as string), [DRAFT_KEY, draft]);
  await page.goto(url);
  // By id (fieldDomId('metadata.name')): Playwright's label lookup itself takes seconds on a page
  // with 1,000 peer cards, which would time the test tool rather than the app.
  const name = page.locator('#pf-metadata-name');
  await name.waitFor({ state: 'visible', timeout: 120_000 });
  await page.locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 120_000 });
  if (tab === 'YAML') {
    await page.getByRole('tab', { name: 'YAML', exact: true }).click();
    await page.waitForFunction(() =>
      document.querySelector('.monaco-editor .view-lines')?.textContent?.startsWith('apiVersion'),
    );
  }
  await name.click();
  await name.press('End');
  const type = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await page.keyboard.type(i % 2 === 0 ? 'x' : 'y');
      // One frame between keystrokes, as a fast typist gives.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
  };
  await type(WARMUP);
  await page.evaluate(() => performance.clearMeasures('netpol:keystroke'));
  await type(KEYSTROKES);
  const samples = await page.evaluate(() =>
    performance.getEntriesByName('netpol:keystroke', 'measure').map((e) => e.duration),
  );
  await page.close();
  return samples;
}

export async function run(): Promise<BenchRow[]> {
  const server = await startServer();
  let browser: Browser;
  try {
    browser = await launch();
  } catch (err) {
    server.stop();
    throw err;
  }
  try {
    const size = await jsBeforeUsable(browser, server.url);
    const reactGz = await reactBaselineGzip();
    const rows: BenchRow[] = [
      {
        name: 'editor: JS requested before the form is usable (gzip, Monaco excluded)',
        result:
          `${fmtKB(size.totalGz)} (entry ${fmtKB(size.eagerGz)}` +
          (size.lazyFiles.length > 0 ? ` + lazy ${size.lazyFiles.join(', ')} ${fmtKB(size.lazyGz)}` : '') +
          `; usable at ${Math.round(size.usableMs)} ms)`,
        baseline: `react+react-dom alone ${fmtKB(reactGz)}`,
        ratio: `${(size.totalGz / reactGz).toFixed(2)}x`,
        target: '<= 150 KB',
        met: size.totalGz <= 150 * 1024 ? 'yes' : 'no',
      },
    ];
    // One unmeasured run first: the browser's first load of the bundle compiles it cold (V8 caches
    // the code from the next load on), which would count against whichever row came first.
    await keystrokeSamples(await browser.newPage(), server.url, 1000);
    const big = await keystrokeSamples(await browser.newPage(), server.url, 1000);
    const small = await keystrokeSamples(await browser.newPage(), server.url, 1);
    const p95big = percentile(big, 95);
    const p95small = percentile(small, 95);
    rows.push({
      name: `editor: keystroke -> preview + validation, 1,000 peers (p95 of ${big.length})`,
      result: Number.isNaN(p95big) ? 'no samples' : `${fmtMs(p95big)} (p50 ${fmtMs(percentile(big, 50))})`,
      baseline: `1 peer: p95 ${fmtMs(p95small)}, p50 ${fmtMs(percentile(small, 50))} (of ${small.length})`,
      ratio: `${(p95big / p95small).toFixed(1)}x`,
      target: '<= 16 ms',
      met: Number.isNaN(p95big) ? 'no' : p95big <= 16 ? 'yes' : 'no',
    });
    // Informative: the same keystroke with the YAML tab showing (the yaml library's stringify
    // dominates on big policies); the JSON tab is the default and the row above.
    const yaml = await keystrokeSamples(await browser.newPage(), server.url, 1000, 'YAML');
    const p95yaml = percentile(yaml, 95);
    rows.push({
      name: `editor: same keystroke, YAML tab shown, 1,000 peers (p95 of ${yaml.length})`,
      result: Number.isNaN(p95yaml) ? 'no samples' : `${fmtMs(p95yaml)} (p50 ${fmtMs(percentile(yaml, 50))})`,
      baseline: `JSON tab p95 ${fmtMs(p95big)}`,
      ratio: `${(p95yaml / p95big).toFixed(1)}x`,
      target: '<= 16 ms',
      met: Number.isNaN(p95yaml) ? 'no' : p95yaml <= 16 ? 'yes' : 'no',
    });
    return rows;
  } finally {
    try {
      await browser.close();
    } finally {
      server.stop();
    }
  }
}
