/**
 * The `test` every e2e spec imports. For every page of every test it records
 *   - console errors and uncaught page errors, and
 *   - requests that leave the app's origin (SPEC §9: no network at run time), including
 *     WebSockets and any scheme other than http(s), data: and blob:,
 * and fails the test at teardown if either happened.
 *
 * A test that provokes an expected console error says so with
 * `appGuard.allowConsoleError(/pattern/)` before provoking it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';

export { expect };

export interface AppGuard {
  /** Console errors and uncaught exceptions seen so far, as `url: text`. */
  readonly consoleErrors: readonly string[];
  /** Requests that left the app's origin, as `METHOD url`. */
  readonly outsideRequests: readonly string[];
  /** Accept console errors matching `pattern` for the rest of this test. */
  allowConsoleError(pattern: RegExp): void;
}

const harmlessSchemes = new Set(['data:', 'blob:', 'about:']);

/** Is `url` something the app may load: its own origin, or an inline data:/blob: URL? */
function isAllowedUrl(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (harmlessSchemes.has(parsed.protocol)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.origin === appOrigin;
}

function watchContext(context: BrowserContext, appOrigin: string) {
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const allowed: RegExp[] = [];
  const recordError = (where: string, text: string): void => {
    if (!allowed.some((pattern) => pattern.test(text))) consoleErrors.push(`${where}: ${text}`);
  };

  const watchPage = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') recordError(page.url(), message.text());
    });
    page.on('pageerror', (error) =>
      recordError(page.url(), `uncaught ${error.name}: ${error.message}`),
    );
    page.on('websocket', (socket) => outsideRequests.push(`WEBSOCKET ${socket.url()}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('request', (request) => {
    if (!isAllowedUrl(request.url(), appOrigin)) {
      outsideRequests.push(`${request.method()} ${request.url()}`);
    }
  });

  const guard: AppGuard = {
    consoleErrors,
    outsideRequests,
    allowConsoleError: (pattern) => allowed.push(pattern),
  };
  return guard;
}

export const test = base.extend<{ appGuard: AppGuard }>({
  appGuard: [
    async ({ context, baseURL }, use) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
      const guard = watchContext(context, new URL(baseURL).origin);
      await use(guard);
      expect(
        { consoleErrors: guard.consoleErrors, outsideRequests: guard.outsideRequests },
        'the page logged errors or made requests outside the app origin',
      ).toEqual({ consoleErrors: [], outsideRequests: [] });
    },
    { auto: true },
  ],
});

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core on the current page and fails on serious or critical violations, listing
 * each rule and the elements it flags.
 *
 * axe is evaluated through the DevTools protocol rather than `page.addScriptTag`: the built
 * app's CSP (`script-src 'self'`) rightly blocks the inline <script> that addScriptTag makes.
 */
export async function expectNoA11yViolations(
  page: Page,
  options: { include?: string; disableRules?: readonly string[] } = {},
): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ include, disableRules }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = (await axe.run(include ?? document, {
        rules,
        resultTypes: ['violations'],
      })) as {
        violations: unknown[];
      };
      return result.violations;
    },
    { include: options.include, disableRules: [...(options.disableRules ?? [])] },
  );
  const serious = (violations as AxeViolation[]).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = serious.map(
    (violation) =>
      `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
      violation.nodes
        .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
  expect(report, 'serious or critical accessibility violations').toEqual([]);
}
