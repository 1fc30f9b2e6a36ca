import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '@/domain/report/types';
import { indexTemplate } from '@/domain/template/lookup';
import type { CellId, FactId } from '@/domain/template/types';
import { packReportDocx } from '@/export/docx/pack';
import { toExportText } from '@/stored-draft/draft-file';
import { CURRENT_SCHEMA_VERSION } from '@/stored-draft/schema';
import { formatById } from '@templates/index';
import { fullReport } from './export-reports';

/**
 * A reviewer's folder of units' reports for end-to-end tests and benchmarks: .docx exports,
 * JSON drafts, real texts, broken files, a late one, one in the wrong format, a duplicate, a
 * 本级 report and a parent report of the whole county. Every unit's tables are the full 2021
 * test report's with each value times the unit's factor (balances stay balanced), so a sum is
 * `Σ factors × value`, independent of the code under test.
 */

export interface FolderUnit {
  readonly file: string;
  readonly agency: string;
  /** Multiplies every value of the base report; 0 for units not summed. */
  readonly factor: number;
  readonly role: 'child' | 'bunji' | 'parent' | 'other';
}

export interface ReviewFolder {
  readonly dir: string;
  readonly units: readonly FolderUnit[];
  /** The base report whose values the factors multiply. */
  readonly base: Report;
  /** Files that cannot be read, by name. */
  readonly broken: readonly string[];
  /** Σ factors of the children plus the 本级 report's (the PDF's included). */
  readonly factorSum: number;
  /** The cell of the parent report that differs from 本级 + Σ units, and its value there. */
  readonly parentWrongCell: { readonly cell: string; readonly value: string };
  /** The unit written as a PDF, when one was. */
  readonly pdf: FolderUnit | null;
}

const base2021 = fullReport('2021');

export function scaled(
  report: Report,
  factor: number,
  agency: string,
  kind: Report['meta']['agencyKind'] = 'department',
): Report {
  const template = indexTemplate(formatById(report.formatId));
  const cells: Record<string, string> = {};
  for (const [id, v] of Object.entries(report.cells)) {
    const money = template.cells.get(id)?.type === 'money';
    cells[id] = money ? scaleDecimal(v, factor) : String(Number(v) * factor);
  }
  return { ...report, meta: { ...report.meta, agencyName: agency, agencyKind: kind }, cells };
}

/** The first column's cell of the row holding a fact (`予以公开` of 自然人). */
function firstColumnOf(report: Report, fact: FactId): CellId {
  const template = formatById(report.formatId);
  const { cells } = indexTemplate(template);
  const total = cells.get(template.facts[fact]?.cells[0] ?? '');
  const table = template.tables.find((t) => t.id === total?.table);
  const first = table?.cells.find((c) => c.row === total?.row && !c.computed);
  if (!first) throw new Error(`no cell holds ${fact}`);
  return first.id;
}

/** `12.35 × 3` exactly as a decimal string. */
function scaleDecimal(value: string, factor: number): string {
  const [whole = '0', frac = ''] = value.split('.');
  const units = BigInt(whole + frac) * BigInt(factor);
  const digits = units.toString().padStart(frac.length + 1, '0');
  const w = digits.slice(0, digits.length - frac.length);
  const f = digits.slice(digits.length - frac.length).replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}

/** A draft file (JSON, as 导出草稿 writes it) holding `report`. */
export function draftFile(report: Report, id: string): string {
  const now = '2025-01-10T08:00:00.000Z';
  return toExportText({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name: '',
    createdAt: now,
    savedAt: now,
    revision: 1,
    report,
    lastYear: null,
  } as Parameters<typeof toExportText>[0]);
}

const towns = ['城关镇', '东关镇', '西山乡', '南河乡', '北岭镇', '新城街道', '老城街道', '河口镇'];
const departments = [
  '教育局',
  '财政局',
  '民政局',
  '司法局',
  '人力资源和社会保障局',
  '自然资源局',
  '生态环境分局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康局',
  '应急管理局',
  '市场监督管理局',
];

/**
 * Writes the folder (`count` summed units, at least 8) and returns what it holds. `pdf` makes a PDF of
 * one unit's export with `toPdf` (LibreOffice), when given.
 */
export async function writeReviewFolder(
  dir: string,
  options: {
    readonly count?: number;
    readonly toPdf?: (docx: Uint8Array) => Promise<Uint8Array>;
  } = {},
): Promise<ReviewFolder> {
  const count = Math.max(8, options.count ?? 24);
  await mkdir(join(dir, '乡镇'), { recursive: true });
  await mkdir(join(dir, '部门'), { recursive: true });
  const units: FolderUnit[] = [];
  const names = [...departments.map((d) => `某某县${d}`), ...towns.map((t) => `某某县${t}`)];
  const write = async (file: string, data: string | Uint8Array): Promise<void> =>
    writeFile(join(dir, file), data);

  for (let i = 0; i < count; i++) {
    const town = i % 3 === 2;
    const agency = `${names[i % names.length] ?? '某某县单位'}${i >= names.length ? `${Math.floor(i / names.length) + 1}` : ''}`;
    const factor = (i % 4) + 1;
    const report = scaled(base2021, factor, agency, town ? 'township' : 'department');
    const folder = town ? '乡镇' : '部门';
    if (i === 1) {
      // Late: a department dated after 1月31日.
      const late = { ...report, meta: { ...report.meta, reportDate: '2025-03-05' } };
      await write(`${folder}/${agency}.docx`, await packReportDocx(late));
      units.push({ file: `${folder}/${agency}.docx`, agency, factor, role: 'child' });
    } else if (i % 5 === 3) {
      await write(`${folder}/${agency}.json`, draftFile(report, `draft-${i}`));
      units.push({ file: `${folder}/${agency}.json`, agency, factor, role: 'child' });
    } else if (i === 4 && options.toPdf) {
      await write(`${folder}/${agency}.pdf`, await options.toPdf(await packReportDocx(report)));
      units.push({ file: `${folder}/${agency}.pdf`, agency, factor, role: 'child' });
    } else {
      await write(`${folder}/${agency}.docx`, await packReportDocx(report));
      units.push({ file: `${folder}/${agency}.docx`, agency, factor, role: 'child' });
    }
  }

  // The first unit sent twice under another file name (same content): listed, summed once.
  const first = units[0];
  if (first) {
    await write(
      '重复报送.docx',
      await packReportDocx(scaled(base2021, first.factor, first.agency)),
    );
    units.push({ file: '重复报送.docx', agency: first.agency, factor: 0, role: 'other' });
  }
  // Wrong format: a 2024 report in the 2019 format.
  const wrongFormat = {
    ...fullReport('2019'),
    meta: {
      ...fullReport('2019').meta,
      year: 2024,
      agencyName: '某某县林业局',
      reportDate: '2025-01-15',
    },
  };
  await write('部门/某某县林业局.docx', await packReportDocx(wrongFormat));
  units.push({ file: '部门/某某县林业局.docx', agency: '某某县林业局', factor: 0, role: 'other' });
  // Another year: a real 2020 report as text.
  await mkdir(join(dir, '去年'), { recursive: true });
  await write(
    '去年/管城回族区人民防空办公室.txt',
    await readFile('templates/fixtures/seeds/001_0230f7c11c6e0b53.txt'),
  );
  units.push({
    file: '去年/管城回族区人民防空办公室.txt',
    agency: '管城回族区人民防空办公室',
    factor: 0,
    role: 'other',
  });

  // A real published web page, saved from the browser as .html.
  await mkdir(join(dir, '网页'), { recursive: true });
  await write(
    '网页/上海市人民政府办公厅.html',
    await readFile('templates/fixtures/real-html/001-shanghai-bgt-2019.html'),
  );
  units.push({
    file: '网页/上海市人民政府办公厅.html',
    agency: '上海市人民政府办公厅',
    factor: 0,
    role: 'other',
  });

  // 本级 and the parent report of the whole county (one cell wrong).
  const bunjiFactor = 2;
  await write(
    '某某县人民政府本级.docx',
    await packReportDocx(scaled(base2021, bunjiFactor, '某某县人民政府办公室', 'government')),
  );
  units.push({
    file: '某某县人民政府本级.docx',
    agency: '某某县人民政府办公室',
    factor: bunjiFactor,
    role: 'bunji',
  });
  const factorSum = units
    .filter((u) => u.role === 'child' || u.role === 'bunji')
    .reduce((a, u) => a + u.factor, 0);
  const parent = scaled(base2021, factorSum, '某某县人民政府', 'government');
  const wrongCell = firstColumnOf(parent, 'granted');
  const wrongValue = String(Number(parent.cells[wrongCell]) + 1);
  await write(
    '全县年报.json',
    draftFile({ ...parent, cells: { ...parent.cells, [wrongCell]: wrongValue } }, 'parent'),
  );
  units.push({ file: '全县年报.json', agency: '某某县人民政府', factor: 0, role: 'parent' });

  // Broken files.
  const broken = ['损坏的文件.docx', '不是草稿.json', '空文件.txt'];
  await write('损坏的文件.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
  await write('不是草稿.json', '{"hello": "world"}');
  await write('空文件.txt', '');
  // Not a report at all: ignored by the folder reader.
  await write('说明.xlsx', 'not a report');

  return {
    dir,
    units,
    base: base2021,
    broken,
    factorSum,
    parentWrongCell: { cell: wrongCell, value: wrongValue },
    pdf: units.find((u) => u.file.endsWith('.pdf')) ?? null,
  };
}
