import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedFixtures } from '@templates/fixtures/index';
import { importText } from './import-text';
import { _, allZeroT3, expectRows, type Row, zeros } from './test-rows';
import type { ImportSuccess } from './types';

/**
 * The five real 2020 reports (templates/fixtures/seeds), pasted as text. Every number each seed
 * prints is listed here by hand, row by row; the test also fails on any value we did not expect.
 * `_` = blank in the seed. 表三 rows list 7 values, the last being the printed 总计 (kept in
 * reportedTotals); 表四 lists 15, every fifth a printed 总计.
 */

function load(name: string): ImportSuccess {
  const r = importText(readFileSync(`templates/fixtures/seeds/${name}`, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r;
}

function check(name: string, rows: Readonly<Record<string, Row>>): ImportSuccess {
  const r = load(name);
  expectRows(r.report, rows);
  return r;
}

describe('seeds pasted as text: every number lands in its cell', () => {
  it('000 嘉兴市人民防空办公室 (one cell per line, blanks as no-break spaces)', () => {
    const r = check('000_833a5a6ee7a74880.txt', {
      't2.regulations': ['0', '0', '0'],
      't2.normativeDocuments': ['0', '0', '0'],
      't2.licensing': ['4', '-1', '3'],
      't2.otherServices': ['10', '0', '256'],
      't2.punishment': ['21', '-21', '1'],
      't2.coercion': ['1', '-1', '0'],
      't2.fees': ['29', '-1'],
      't2.centralProcurement': ['12', '3190923'],
      't3.newReceived': ['21', _, _, _, _, _, '21'],
      't3.carriedIn': ['0', _, _, _, _, _, '0'],
      't3.granted': ['3', _, _, _, _, _, '3'],
      't3.partial': ['16', _, _, _, _, _, '16'],
      't3.notHeld': ['2', _, _, _, _, _, '2'],
      't3.resultsTotal': ['21', _, _, _, _, _, '21'],
      't4.cases': zeros(15),
    });
    expect(r.report.formatId).toBe('2019');
    expect(r.report.meta).toMatchObject({
      agencyName: '嘉兴市人民防空办公室',
      year: 2020,
      reportDate: '2020-01-05',
    });
    expect(r.report.meta.contact).toEqual({
      address: '浙江省嘉兴市中山西路977号嘉兴市人民防空办公室（民防局）5楼',
      postcode: '314031',
      phone: '82057503',
      fax: '82050131',
      email: '',
    });
    expect(r.report.meta.preface).toMatch(/^根据《中华人民共和国政府信息公开条例》要求/);
    expect(r.report.narrative.other).toBe('我办暂无其他应报告的事项。');
    expect(r.report.narrative.overview).toMatch(/^2020年，我办在省人防办/);
    expect(r.report.narrative.problems?.split('\n')[0]).toBe('（一）存在的主要问题');
    expect(r.unrecognised).toEqual([]);
  });

  it('001 管城回族区人民防空办公室 (mangled 表三: unlabelled rows stay blank and are listed)', () => {
    const unlabelled = [
      'granted',
      'partial',
      'stateSecret',
      'lawForbidden',
      'securityStability',
      'thirdParty',
      'internalAffairs',
      'processInfo',
      'enforcementFile',
      'adminQuery',
    ];
    const r = check('001_0230f7c11c6e0b53.txt', {
      't2.regulations': ['0', '0', '0'],
      't2.normativeDocuments': ['0', '0', '0'],
      't2.licensing': ['2', '0', '0'],
      't2.otherServices': ['0', '0', '0'],
      't2.punishment': ['7', '0', '0'],
      't2.coercion': ['0', '0', '0'],
      't2.fees': ['0', '0'],
      't2.centralProcurement': ['0', '0'],
      ...allZeroT3(Object.fromEntries(unlabelled.map((row) => [row, [_, _, _, _, _, _, _]]))),
      't4.cases': zeros(15),
    });
    expect(r.report.meta).toMatchObject({
      agencyName: '管城回族区人民防空办公室',
      year: 2020,
      reportDate: '2021-01-18',
    });
    expect(r.recognised.sections.overview.heading).toBe('一、概述');
    expect(r.report.narrative.other).toBe('无');
    // 88 zeros without row labels between 三、本年度办理结果 and （四）: listed, not guessed.
    expect(r.unrecognised.join(' ').match(/0/g)?.length).toBe(88);
    expect(r.warnings.some((w) => w.includes('管城区人防办'))).toBe(true);
  });

  it('002 平湖市应急管理局 (tab-separated rows, half-width brackets, unit in the cell)', () => {
    const r = check('002_e6579b366e754dad.txt', {
      't2.regulations': ['0', '0', '0'],
      't2.normativeDocuments': ['1', '1', '1'],
      't2.licensing': ['133', '-24', '109'],
      't2.otherServices': ['0', '0', '0'],
      't2.punishment': ['71', '-14', '85'],
      't2.coercion': ['3', '-3', '0'],
      't2.fees': ['0', '0'],
      't2.centralProcurement': ['16', '6776647.8'],
      ...allZeroT3(),
      't4.cases': zeros(15),
    });
    expect(r.report.cellUnits).toEqual({});
    expect(r.report.meta).toMatchObject({
      agencyName: '平湖市应急管理局',
      year: 2020,
      reportDate: null,
    });
    expect(r.report.narrative.other).toBe('无');
  });

  it('003 贵阳市人防办 (no title; 533.41万 in a 元 column)', () => {
    const r = check('003_d25101f45b1a16b3.txt', {
      't2.regulations': ['0', '0', '7'],
      't2.normativeDocuments': ['0', '0', '17'],
      't2.licensing': ['34', '1', '33'],
      't2.otherServices': ['0', '0', '0'],
      't2.punishment': ['0', '0', '0'],
      't2.coercion': ['0', '0', '0'],
      't2.fees': ['0', '0'],
      't2.centralProcurement': ['4', '533.41'],
      ...allZeroT3({
        newReceived: ['6', '0', '0', '0', '0', '0', '6'],
        granted: ['6', '0', '0', '0', '0', '0', '6'],
        resultsTotal: ['6', '0', '0', '0', '0', '0', '6'],
      }),
      't4.cases': zeros(15),
    });
    expect(r.report.cellUnits).toEqual({ 't2.centralProcurement.amount': '万元' });
    expect(r.report.meta).toMatchObject({ agencyName: '', year: 2020, reportDate: '2020-01-20' });
    expect(r.recognised.sections.reviewLitigation.heading).toBe(
      '四、政府信息公开行政复议和行政诉讼情况',
    );
    expect(r.report.narrative.other).toMatch(/^2021年将进一步/);
  });

  it('004 淄博市人民防空办公室 (markdown, spaced labels, lost rows stay blank)', () => {
    const r = check('004_a3edccc839184d0e.txt', {
      't2.regulations': ['0', '0', '0'],
      't2.normativeDocuments': ['0', '0', '1'],
      ...allZeroT3({
        newReceived: [_, _, _, _, _, _, _],
        granted: ['2', '0', '0', '0', '0', '0', '2'],
        resultsTotal: ['2', '0', '0', '0', '0', '0', '2'],
      }),
      't4.cases': zeros(15),
    });
    expect(r.report.meta).toMatchObject({
      agencyName: '淄博市人民防空办公室',
      year: 2020,
      reportDate: null,
    });
    expect(r.report.meta.contact).toEqual({
      address: '淄博市张店区联通路 106 号 209 室',
      postcode: '255090',
      phone: '0533-2721060',
      fax: '0533-2722811',
      email: 'zbrffxk@zb.shandong.cn',
    });
    expect(r.report.narrative.overview).not.toMatch(/\*\*|#/);
    expect(r.recognised.sections.applications.heading).toBeNull();
  });
});

describe('seeds: the import equals the independent hand transcription (templates/fixtures/seeds/seed-*.ts)', () => {
  const files = [
    '000_833a5a6ee7a74880.txt',
    '001_0230f7c11c6e0b53.txt',
    '002_e6579b366e754dad.txt',
    '003_d25101f45b1a16b3.txt',
    '004_a3edccc839184d0e.txt',
  ];
  files.forEach((file, i) => {
    it(file, () => {
      const fixture = seedFixtures[i]?.report;
      if (!fixture) throw new Error('fixture missing');
      const r = load(file);
      expect(r.report.meta).toEqual(fixture.meta);
      expect(r.report.narrative).toEqual(fixture.narrative);
      expect(r.report.cellUnits).toEqual(fixture.cellUnits);
      expect(r.report.formatId).toBe(fixture.formatId);
      if (i === 1) {
        // Seed 001's rows （一）…（三）8 lost their labels: the transcriber read them as 0 (all
        // of that table is 0); the importer leaves them blank and lists the 88 unplaced zeros.
        const mangled =
          /^t3\.(granted|partial|stateSecret|lawForbidden|securityStability|thirdParty|internalAffairs|processInfo|enforcementFile|adminQuery)\./;
        const keep = (o: Readonly<Record<string, string>>) =>
          Object.fromEntries(Object.entries(o).filter(([k]) => !mangled.test(k)));
        expect(r.report.cells).toEqual(keep(fixture.cells));
        expect(r.report.reportedTotals).toEqual(keep(fixture.reportedTotals));
        expect(
          Object.keys(fixture.cells)
            .filter((k) => mangled.test(k))
            .every((k) => fixture.cells[k] === '0'),
        ).toBe(true);
      } else {
        expect(r.report.cells).toEqual(fixture.cells);
        expect(r.report.reportedTotals).toEqual(fixture.reportedTotals);
      }
    });
  });
});
