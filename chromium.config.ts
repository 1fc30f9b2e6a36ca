/**
 * How every tool of this project starts Debian's Chromium: the Playwright tests and the browser
 * benchmarks. Playwright never downloads a browser here (scripts/ensure-system-deps.sh installs
 * /usr/bin/chromium). No sandbox as root; no background traffic to Google's hosts (the machine
 * has no network, and the tests assert the app makes no request outside its origin).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};
