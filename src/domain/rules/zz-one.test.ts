import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { importHtml, importText } from '@/import';
import { formatById, formats } from '@templates/index';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
it('one', () => {
  for (const f of (process.env.ONE ?? '').split(',')) {
    const raw = readFileSync(f, 'utf8');
    const imp = f.endsWith('.html') ? importHtml(raw) : importText(raw);
    if (!imp.ok) { console.log(f, imp.message); continue; }
    const r = imp.report;
    console.log('==', f, r.formatId, r.meta.year, JSON.stringify(r.narrative ?? {}).slice(0, 300));
    for (const i of evaluateChecks(formatById(r.formatId), r, { formats, today: '2026-12-01' })) console.log(' ', i.severity, i.key, i.message.slice(0, 200));
  }
});
