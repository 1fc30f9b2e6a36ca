// `node bench/count-keystroke.mjs name=PATH …`: what a 表三 keystroke makes React and the page
// do, counted (not timed) in each build: the components React rendered and the commits (read
// through the DevTools hook, as bench/trace-keystroke.mjs), the DOM mutations under the editor
// (a MutationObserver: attributes by name, texts, nodes added or removed), and the writes to the
// typed input itself — its `value`, `name` and `type` properties and `defaultValue` (setters
// wrapped on HTMLInputElement.prototype), which a MutationObserver does not see or sees as an
// attribute. PATH as bench/ab-keystroke.mjs (a production build or a checkout to build).
//
// The keys are the bench's: `1`, Backspace, `0` in row 一's six input cells of 表三 filled with 0,
// each triple after a focus; COUNT_KEYS (60) counted after 24 uncounted. Per key, by kind of key.
//
// AB_UNMINIFIED=1 builds a checkout with our code's names kept (bench/lib/variants.mjs).
//
// Diagnostic, not a figure with a budget.
/* global window, document, MutationObserver, HTMLInputElement -- in the page */
import { openVariants } from './lib/variants.mjs';

const KEYS = Number(process.env['COUNT_KEYS'] ?? 60);
const WARMUP = 24;
const { variants, browser, close } = await openVariants('bench/count-keystroke.mjs');

/** In the page, before react-dom loads: components rendered and commits; the input's writes. */
function counters() {
  const c = { renders: new Map(), commits: 0, writes: new Map(), mutations: new Map() };
  window.__count = c;
  const bump = (map, k) => map.set(k, (map.get(k) ?? 0) + 1);
  const name = (f) => {
    if (![0, 11, 15].includes(f.tag)) return null;
    const t = f.type;
    const n =
      typeof t === 'function'
        ? (t.displayName ?? t.name)
        : (t?.displayName ?? t?.render?.name ?? t?.type?.name ?? null);
    return n || `(anonymous, tag ${f.tag})`;
  };
  const walk = (fiber) => {
    for (let f = fiber; f; f = f.sibling) {
      const n = f.alternate === null || (f.flags & 1) !== 0 ? name(f) : null;
      if (n) bump(c.renders, `${n}${f.alternate === null ? ' (mount)' : ''}`);
      if (f.alternate !== null && f.child === f.alternate.child) continue;
      walk(f.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id, r) => {
      c.commits += 1;
      walk(r.current.child);
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  const proto = HTMLInputElement.prototype;
  for (const prop of ['value', 'name', 'type', 'defaultValue']) {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, {
      ...d,
      set(v) {
        if (this === document.activeElement) {
          const same = d.get.call(this) === String(v);
          bump(c.writes, `${prop}${same ? ' (same)' : ''}`);
        }
        d.set.call(this, v);
      },
    });
  }
  window.__observe = () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const typed = r.target === document.activeElement ? 'typed input: ' : '';
        if (r.type === 'attributes') bump(c.mutations, `${typed}attr ${r.attributeName}`);
        else if (r.type === 'characterData') bump(c.mutations, `${typed}text`);
        else bump(c.mutations, `${typed}nodes +${r.addedNodes.length} −${r.removedNodes.length}`);
      }
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      characterData: true,
      childList: true,
    });
  };
}

const columns = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService'];
columns.push('otherOrg');
const keys = ['1', 'Backspace', '0'];
const cell = (i) => `[id="cell-t3.newReceived.${columns[i % columns.length]}"]`;

try {
  for (const v of variants) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.addInitScript(counters);
    await page.goto(v.base);
    await page.getByRole('button', { name: '新建年报' }).click();
    await page.getByRole('button', { name: '创建并开始填写' }).click();
    await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    await page.getByRole('button', { name: '本表空白填0' }).click();
    await page.evaluate(() => window.__observe());
    const perKind = new Map();
    const take = () =>
      page.evaluate(() => {
        const c = window.__count;
        // The MutationObserver's records arrive in a microtask: read them after one.
        return new Promise((done) =>
          setTimeout(() => {
            const out = {
              renders: [...c.renders],
              commits: c.commits,
              writes: [...c.writes],
              mutations: [...c.mutations],
            };
            c.renders.clear();
            c.writes.clear();
            c.mutations.clear();
            c.commits = 0;
            done(out);
          }, 30),
        );
      });
    for (let n = 0; n < WARMUP + KEYS; n += 1) {
      if (n % 3 === 0) {
        await page.locator(cell(n / 3)).focus();
        await take(); // the focus's own work is not the key's
      }
      await page.keyboard.press(keys[n % 3]);
      const got = await take();
      if (n < WARMUP) continue;
      const k = keys[n % 3];
      const acc = perKind.get(k) ?? { n: 0, counts: new Map() };
      acc.n += 1;
      const add = (label, v) => acc.counts.set(label, (acc.counts.get(label) ?? 0) + v);
      add('commits', got.commits);
      for (const [r, x] of got.renders) add(`render ${r}`, x);
      for (const [w, x] of got.writes) add(`input.${w}`, x);
      for (const [m, x] of got.mutations) add(`mutation ${m}`, x);
      perKind.set(k, acc);
    }
    await context.close();
    console.log(`\n${v.name} (${v.path}), load ${(await loadavg()).trim()}: per key`);
    const labels = [...new Set([...perKind.values()].flatMap((a) => [...a.counts.keys()]))].sort();
    console.log(`${'key'.padEnd(44)}${keys.map((k) => k.padStart(11)).join('')}`);
    for (const l of labels)
      console.log(
        `${l.padEnd(44)}${keys
          .map((k) => {
            const a = perKind.get(k);
            return ((a?.counts.get(l) ?? 0) / (a?.n ?? 1)).toFixed(2).padStart(11);
          })
          .join('')}`,
      );
  }
} finally {
  await close();
}

async function loadavg() {
  const { readFile } = await import('node:fs/promises');
  return readFile('/proc/loadavg', 'utf8');
}
