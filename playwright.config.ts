import { defineConfig, devices } from '@playwright/test';

// Browser tests run in Debian's Chromium (Playwright cannot download browsers here) against the
// built app served by the real server with an in-memory demo cluster.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/start.js --port ${PORT} --in-memory`,
    url: `http://127.0.0.1:${PORT}/version`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { NETPOL_SKIP_BUILD: process.env.NETPOL_SKIP_BUILD ?? '0' },
  },
});
