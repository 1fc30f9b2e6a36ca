import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { importHtml, importText } from '@/import';
import { formatById, formats } from '@templates/index';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';

const DIR = process.env.MEASURE_DIR ?? 'templates/fixtures/real-html';
const RE = new RegExp(process.env.MEASURE ?? '^0(3[2-9]|4[0-7])-');

it('measure', () => {
  let flagged = 0, visible = 0, fe = 0, fw = 0, cellsOk = 0, cellsAll = 0, n = 0;
  const out: string[] = [];
  for (const f of readdirSync(DIR).filter((x) => (x.endsWith('.html') || x.endsWith('.txt')) && RE.test(x)).sort()) {
    n++;
    const exp = JSON.parse(readFileSync(`${DIR}/${f.replace(/\.(html|txt)$/, '.expected.json')}`, 'utf8'));
    const raw = readFileSync(`${DIR}/${f}`, 'utf8');
    const imported = f.endsWith('.html') ? importHtml(raw) : importText(raw);
    if (!imported.ok) { out.push(`${f}: IMPORT FAILED ${imported.message}`); continue; }
    const { report } = imported;
    for (const [id, v] of Object.entries(exp.cells ?? {})) {
      cellsAll++;
      const got = { ...report.cells, ...report.reportedTotals }[id];
      if (String(got ?? '') === String(v)) cellsOk++; else out.push(`  cell ${id}: expected ${v} got ${got}`);
    }
    const issues = evaluateChecks(formatById(report.formatId), report, { formats, today: '2026-12-01' }).filter((i) => f.endsWith('.html') || (i.severity !== 'incomplete' && i.checkId !== 'overview-areas-missing'));
    const keys = new Set(issues.map((i) => i.key));
    const problems: string[] = exp.problems ?? [];
    const ck: (string | string[])[] = exp.checkKeys ?? [];
    const expectedKeys = new Set(ck.flat().filter(Boolean));
    out.push(`== ${f} (${report.formatId}, year ${report.meta.year}, ${report.meta.agencyName}, ${report.meta.reportDate ?? ''}) problems ${problems.length}`);
    problems.forEach((p, i) => {
      const k = ck[i]; const ks = k == null ? [] : typeof k === 'string' ? [k] : k;
      const hit = ks.some((x) => keys.has(x));
      visible++; if (hit) flagged++;
      out.push(`  [${hit ? 'FLAGGED' : 'missed '}] ${JSON.stringify(ks)} ${p}`);
    });
    for (const i of issues) {
      if (process.env.MSG) out.push(`    · ${i.severity} ${i.key}: ${i.message}`);
      if (expectedKeys.has(i.key)) continue;
      if (i.severity === 'error') fe++; else if (i.severity === 'warning') fw++;
      out.push(`  extra ${i.severity} ${i.key}: ${i.message}`);
    }
  }
  out.push(`TOTAL ${n} reports: ${flagged}/${visible} flagged, extra errors ${fe}, extra warnings ${fw}, cells ${cellsOk}/${cellsAll}`);
  console.log(out.join('\n'));
});
