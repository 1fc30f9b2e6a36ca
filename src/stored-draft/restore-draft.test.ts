import { describe, expect, it } from 'vitest';
import v1Text from './fixtures/draft-v1.json?raw';
import { migrate, type Migration } from './migrations';
import { restoreDraftText, restoreDraftValue } from './restore-draft';
import { CURRENT_SCHEMA_VERSION } from './schema';

const v1 = (): Record<string, unknown> => JSON.parse(v1Text) as Record<string, unknown>;
const v1Report = () => v1()['report'] as { formatId: string; cells: Record<string, string> };

describe('restoreDraftText', () => {
  it('loads the frozen version-1 payload unchanged but for its version (it has no import notes)', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    const result = restoreDraftText(v1Text);
    if (!result.ok) throw new Error(result.message);
    expect(result.from).toBe(1);
    expect(result.dropped).toBe(0);
    expect(result.draft).toEqual({ ...v1(), schemaVersion: 2 });
    expect(result.draft.report.cells['t3.carriedOver.naturalPerson']).toBe('4');
    expect(result.draft.report.meta.contact.email).toBe('gk@example.gov.cn');
  });

  it('rejects a draft written by a newer version, in Chinese', () => {
    const result = restoreDraftValue({ ...v1(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, reason: 'future' });
    expect(!result.ok && result.message).toMatch(/^此草稿由更新版本的年报助手创建/);
  });

  it('explains bad JSON, a non-object and a missing version', () => {
    expect(restoreDraftText('{"schemaVersion":1,"report":')).toMatchObject({
      ok: false,
      reason: 'json',
    });
    expect(restoreDraftText('[1,2]')).toMatchObject({ ok: false, reason: 'shape' });
    expect(restoreDraftValue({ ...v1(), schemaVersion: undefined })).toMatchObject({
      ok: false,
      reason: 'version',
    });
    expect(restoreDraftValue({ ...v1(), schemaVersion: '1' })).toMatchObject({
      ok: false,
      reason: 'version',
    });
  });

  it('never rejects a draft for a field value: what was typed is kept as typed (SPEC §7)', () => {
    const typed = v1();
    const report = typed['report'] as {
      meta: Record<string, unknown>;
      cells: Record<string, unknown>;
    };
    report.meta['reportDate'] = '20261-01-20'; // a five-digit year typed into 成文日期
    report.cells['t3.granted.naturalPerson'] = '12.5';
    report.cells['t3.granted.commercial'] = '无';
    report.cells['t3.granted.research'] = '-';
    report.meta['agencyName'] = '<b>某局</b>\u0001';
    const result = restoreDraftValue(typed);
    if (!result.ok) throw new Error(result.message);
    expect(result.dropped).toBe(0);
    expect(result.draft.report.meta.reportDate).toBe('20261-01-20');
    expect(result.draft.report.meta.agencyName).toBe('<b>某局</b>\u0001');
    expect(result.draft.report.cells).toMatchObject({
      't3.granted.naturalPerson': '12.5',
      't3.granted.commercial': '无',
      't3.granted.research': '-',
    });
  });

  it('keeps a report year typed but not a year as typed (yearText), and one stored as text', () => {
    const typed = v1();
    const meta = (typed['report'] as { meta: Record<string, unknown> }).meta;
    meta['year'] = null;
    meta['yearText'] = '20241';
    const kept = restoreDraftValue(typed);
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.dropped).toBe(0);
    expect(kept.draft.report.meta).toMatchObject({ year: null, yearText: '20241' });
    meta['year'] = '2O24';
    delete meta['yearText'];
    const asText = restoreDraftValue(typed);
    if (!asText.ok) throw new Error(asText.message);
    expect(asText.dropped).toBe(0);
    expect(asText.draft.report.meta).toMatchObject({ year: null, yearText: '2O24' });
  });

  it('brings damaged field values to their type instead of refusing the draft', () => {
    const bad = v1();
    const report = bad['report'] as { meta: Record<string, unknown>; dismissed: unknown };
    report.meta['year'] = '二〇二四';
    report.meta['agencyKind'] = '局';
    report.meta['preface'] = 42;
    report.dismissed = { 'overview-too-long': { reason: 7 }, x: 'junk' };
    const result = restoreDraftValue({ ...bad, revision: -3, savedBy: 5 });
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.report.meta).toMatchObject({
      year: 2024,
      agencyKind: 'department',
      preface: '42',
    });
    expect(result.draft.report.dismissed).toEqual({
      'overview-too-long': { reason: '7', at: '' },
    });
    expect(result.draft.revision).toBe(0);
    expect(result.draft.savedBy).toBe('5');
    expect(result.dropped).toBe(2); // the kind and the junk dismissal
  });

  it('keeps the page’s publication date an import recorded, and loads drafts stored without it (stop 33)', () => {
    const withDate: Record<string, unknown> = { ...v1(), schemaVersion: 2 };
    const report = withDate['report'] as Record<string, unknown>;
    report['source'] = { published: '2022-09-06' };
    const kept = restoreDraftValue(withDate);
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.draft.report.source).toEqual({ published: '2022-09-06' });
    expect(kept.dropped).toBe(0);
    // Not a text: dropped and counted, the rest of the draft kept.
    report['source'] = { published: 20220906, titleName: '政府信息公开年度报告' };
    const damaged = restoreDraftValue(withDate);
    if (!damaged.ok) throw new Error(damaged.message);
    expect(damaged.draft.report.source).toEqual({ titleName: '政府信息公开年度报告' });
    expect(damaged.dropped).toBe(1);
    // Stored before stop 33: no publication date, no source at all.
    report['source'] = undefined;
    const before = restoreDraftValue(withDate);
    if (!before.ok) throw new Error(before.message);
    expect(before.draft.report).not.toHaveProperty('source');
    expect(before.dropped).toBe(0);
  });

  it('keeps the title’s own form an import recorded (stop 48), and drops it when it is not a text', () => {
    const stored: Record<string, unknown> = { ...v1(), schemaVersion: 2 };
    const report = stored['report'] as Record<string, unknown>;
    const title = {
      titleAgencyPlaceless: '市统计局',
      titleYearless: '益阳市大通湖区审计局政府信息公开工作年度报告',
    };
    report['source'] = title;
    const kept = restoreDraftValue(stored);
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.draft.report.source).toEqual(title);
    expect(kept.dropped).toBe(0);
    report['source'] = { ...title, titleYearless: ['益阳'] };
    const damaged = restoreDraftValue(stored);
    if (!damaged.ok) throw new Error(damaged.message);
    expect(damaged.draft.report.source).toEqual({ titleAgencyPlaceless: '市统计局' });
    expect(damaged.dropped).toBe(1);
  });

  it('a damaged formatId keeps the figures: the format whose cells the report holds', () => {
    const report = { ...(v1()['report'] as { formatId: string; cells: object }), formatId: '2099' };
    const result = restoreDraftValue({ ...v1(), report });
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.report.formatId).toBe(v1Report().formatId);
    expect(result.draft.report.cells).toEqual(v1Report().cells);
  });

  it('only a payload whose report is not an object is unreadable', () => {
    for (const report of [undefined, null, 'report', [1]]) {
      const result = restoreDraftValue({ ...v1(), report });
      expect(result).toMatchObject({ ok: false, reason: 'shape' });
      expect(!result.ok && result.message).toContain('report');
    }
  });

  it('restores missing fields with defaults', () => {
    const sparse = {
      schemaVersion: 1,
      id: 'x1',
      report: { formatId: '2019', meta: { agencyName: '某县教育局', year: 2020 } },
    };
    const result = restoreDraftValue(sparse);
    if (!result.ok) throw new Error(result.message);
    expect(result.draft).toMatchObject({ name: '', revision: 0, lastYear: null });
    expect(result.draft.report.meta).toEqual({
      agencyName: '某县教育局',
      agencyKind: 'department',
      year: 2020,
      reportDate: null,
      preface: '',
      contact: { address: '', postcode: '', phone: '', fax: '', email: '' },
    });
    expect(result.draft.report.cells).toEqual({});
  });

  it('drops and counts cells the format does not have, computed cells and junk', () => {
    const payload = v1();
    const report = payload['report'] as {
      cells: Record<string, unknown>;
      narrative: Record<string, unknown>;
      cellUnits: Record<string, unknown>;
    };
    report.cells['t3.noSuchRow.naturalPerson'] = '3';
    report.cells['t3.carriedIn.total'] = '4'; // computed: never stored
    report.cells['t3.newReceived.research'] = { value: 2 };
    report.cells['t3.newReceived.otherOrg'] = 5; // a number typed into a hand-edited file is kept as text
    report.narrative['appendix'] = 'x';
    report.cellUnits['t2.fees.amount'] = '美元';
    const result = restoreDraftValue(payload);
    if (!result.ok) throw new Error(result.message);
    expect(result.dropped).toBe(5);
    expect(result.draft.report.cells['t3.newReceived.otherOrg']).toBe('5');
    expect(result.draft.report.cells).not.toHaveProperty('t3.carriedIn.total');
    expect(result.draft.report.narrative).not.toHaveProperty('appendix');
  });
});

describe('migrate', () => {
  // The shipped list is empty (v1 is the first release); the framework is tested with a chain.
  const chain: Migration[] = [
    { from: 0, migrate: (p) => ({ ...p, renamed: p['old'], old: undefined }) },
    { from: 1, migrate: (p) => ({ ...p, added: true }) },
  ];

  it('runs every step from the stored version, in order, stamping each version', () => {
    expect(migrate({ schemaVersion: 0, old: 'a' }, chain, 2)).toEqual({
      ok: true,
      from: 0,
      payload: { schemaVersion: 2, renamed: 'a', old: undefined, added: true },
    });
    expect(migrate({ schemaVersion: 1, renamed: 'b' }, chain, 2)).toMatchObject({
      ok: true,
      from: 1,
      payload: { renamed: 'b', added: true },
    });
  });

  it('is the identity at the current version and refuses gaps and future versions', () => {
    const p = { schemaVersion: 2, x: 1 };
    expect(migrate(p, chain, 2)).toEqual({ ok: true, from: 2, payload: p });
    expect(migrate({ schemaVersion: 0 }, [chain[1] as Migration], 2)).toMatchObject({
      ok: false,
      reason: 'version',
    });
    expect(migrate({ schemaVersion: 3 }, chain, 2)).toMatchObject({ ok: false, reason: 'future' });
  });

  it('does not mutate the payload it migrates', () => {
    const p = Object.freeze({ schemaVersion: 0, old: 'a' });
    expect(() => migrate(p, chain, 2)).not.toThrow();
    expect(p).toEqual({ schemaVersion: 0, old: 'a' });
  });
});
