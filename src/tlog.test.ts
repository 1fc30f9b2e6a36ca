import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { importText } from '@/import';
it('logs', () => {
  const dir = 'templates/fixtures/real/';
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.html'))) {
    console.log('FILE', f);
    importText(readFileSync(dir + f, 'utf8'));
  }
}, 600000);
