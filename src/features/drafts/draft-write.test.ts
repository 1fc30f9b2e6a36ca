import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import v1Text from '@/stored-draft/fixtures/draft-v1.json?raw';
import { restoreDraftText } from '@/stored-draft/restore-draft';
import type { StoredDraft } from '@/stored-draft/schema';
import { openDraftDb } from './draft-db';
import { draftWrite, readDraft, reportJson, saveDraft, toRecord } from './draft-repository';
import { type DraftHeader, draftText } from './draft-write';

let counter = 0;
const freshDb = () => openDraftDb({}, `write-test-${(counter += 1)}`);

const header = (draft: StoredDraft): DraftHeader => ({
  schemaVersion: draft.schemaVersion,
  id: draft.id,
  name: draft.name,
  createdAt: draft.createdAt,
  savedAt: draft.savedAt,
  revision: draft.revision,
  savedBy: draft.savedBy ?? '',
});

describe('draftText (the stored JSON built from the reports’ JSON)', () => {
  it('is JSON.stringify of the whole draft, byte for byte: the first release’s draft', () => {
    const restored = restoreDraftText(v1Text);
    if (!restored.ok) throw new Error(restored.message);
    const draft = { ...restored.draft, savedBy: 'tab-1' };
    expect(draftText(header(draft), reportJson(draft.report), reportJson(draft.lastYear))).toBe(
      JSON.stringify(draft),
    );
    expect(toRecord(draft).text).toBe(JSON.stringify(draft));
  });

  it('is JSON.stringify of the whole draft for any header text and any report JSON', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.string({ minLength: 1 }),
          name: fc.string(),
          createdAt: fc.string(),
          savedAt: fc.string(),
          revision: fc.nat(),
          savedBy: fc.string(),
        }),
        fc.jsonValue(),
        fc.option(fc.jsonValue(), { nil: null }),
        (h, report, lastYear) => {
          const whole = { schemaVersion: 1, ...h, report, lastYear };
          expect(
            draftText({ schemaVersion: 1, ...h }, JSON.stringify(report), JSON.stringify(lastYear)),
          ).toBe(JSON.stringify(whole));
        },
      ),
    );
  });

  it('reads back as the draft written, with a narrative of quotes, controls and 10,000 characters', async () => {
    const db = await freshDb();
    const base = emptyReport('2021', 2024);
    const report: Report = {
      ...base,
      narrative: { overview: `"\\\n\u0000\u2028<script>&${'年'.repeat(10_000)}` },
      cells: { 't3.newReceived.naturalPerson': '12.5' },
    };
    const content = { id: 'w', name: '名', createdAt: '', report, lastYear: base };
    const saved = await saveDraft(db, content, null, 'tab-1', new Date('2025-01-10T08:00:00Z'));
    expect(saved.kind).toBe('saved');
    const read = await readDraft(db, 'w');
    if (!read?.ok) throw new Error('not read');
    expect(read.draft.report).toEqual(report);
    expect(read.draft.lastYear).toEqual(base);
    const record = await db.get('drafts', 'w');
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    expect(record?.text).toBe(JSON.stringify(saved.draft));
  });
});

describe('reportJson', () => {
  it('is JSON.stringify(report), kept per report object; a changed report is serialized again', () => {
    const report = emptyReport('2021', 2024);
    expect(reportJson(report)).toBe(JSON.stringify(report));
    expect(reportJson(report)).toBe(reportJson(report));
    const typed = { ...report, cells: { ...report.cells, 't3.newReceived.naturalPerson': '7' } };
    expect(reportJson(typed)).toContain('"t3.newReceived.naturalPerson":"7"');
    expect(reportJson(null)).toBe('null');
  });

  it('is what draftWrite carries', () => {
    const report = emptyReport('2019', 2020);
    const w = draftWrite({ id: 'x', name: '', createdAt: 'c', report, lastYear: null });
    expect(w).toMatchObject({ id: 'x', createdAt: 'c', lastYearJson: 'null' });
    expect(JSON.parse(w.reportJson)).toEqual(report);
  });
});
