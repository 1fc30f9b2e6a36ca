import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { indexTemplate } from '@/domain/template/lookup';
import type { FactId, FormatId } from '@/domain/template/types';
import { formatById } from '@templates/index';

/**
 * Full reports of both formats for export tests: every input cell filled with distinct
 * numbers that satisfy 表三's balance, narrative in every section with sub-headings, a preface
 * and a contact block.
 */
export function fullReport(formatId: FormatId): Report {
  const template = formatById(formatId);
  const year = formatId === '2019' ? 2020 : 2024;
  const cells: Record<string, string> = {};
  let n = 3;
  const next = (): string => String((n = (n * 7 + 5) % 97));
  // 表三 (the table its balance rule is about) is filled last, balanced.
  const balanced = template.balance[0]?.table;
  for (const table of template.tables) {
    for (const cell of table.cells) {
      if (cell.computed || cell.table === balanced) continue;
      if (cell.type === 'signedCount') cells[cell.id] = `-${next()}`;
      else if (cell.type === 'money') cells[cell.id] = cell.unit === '元' ? '3190923' : '12.35';
      else cells[cell.id] = next();
    }
  }
  // 2021 表二: 现行有效 can never be below 本年制发 − 本年废止.
  for (const rel of template.crossYear) {
    if (rel.kind !== 'running') continue;
    const valid = cells[rel.cell];
    const made = cells[rel.plus];
    if (valid !== undefined && made !== undefined)
      cells[rel.cell] = String(Number(valid) + Number(made));
  }
  // 表三: results and carry-over first, then 一、本年新收 balances each column.
  const { cells: byId } = indexTemplate(template);
  const rowOf = (fact: FactId): string | undefined =>
    byId.get(template.facts[fact]?.cells[0] ?? '')?.row;
  const [received, carriedIn] = [rowOf('received'), rowOf('carriedIn')];
  const inputs = template.tables
    .filter((t) => t.id === balanced)
    .flatMap((t) => t.cells.filter((c) => !c.computed));
  const columns = [...new Set(inputs.map((c) => c.column))];
  for (const column of columns) {
    const inColumn = inputs.filter((x) => x.column === column);
    let out = 0;
    for (const c of inColumn.filter((x) => x.row !== received && x.row !== carriedIn)) {
      const v = (Number(next()) % 13) + 1;
      cells[c.id] = String(v);
      out += v;
    }
    for (const c of inColumn) if (c.row === carriedIn) cells[c.id] = '2';
    for (const c of inColumn) if (c.row === received) cells[c.id] = String(out - 2);
  }
  const base = emptyReport(formatId, year);
  return {
    ...base,
    meta: {
      ...base.meta,
      agencyName: '某某市人民防空办公室',
      reportDate: `${year + 1}-01-08`,
      preface: `本报告根据《中华人民共和国政府信息公开条例》编制。所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
      contact: {
        address: '某某市中山西路977号',
        postcode: '314031',
        phone: '0573-82057503',
        fax: '',
        email: 'xxgk@example.gov.cn',
      },
    },
    narrative: {
      overview: [
        `${year}年，我办认真贯彻落实《条例》，推进政府信息公开工作。`,
        '（一）主动公开。全年主动公开政府信息387条。',
        '（二）依申请公开',
        '规范办理依申请公开，全部按期答复。',
        '（三）政府信息管理。严格执行保密审查。',
        '（四）政府信息公开平台建设。完善门户网站专栏。',
        '（五）监督保障。将政务公开纳入年度考核。',
      ].join('\n'),
      problems: '存在的主要问题：公开内容不够全面。\n改进措施：加强培训。',
      other:
        formatId === '2021'
          ? '本年度发出的收费通知，申请人均逾期未缴纳费用，未收取信息处理费。'
          : '无。',
    },
    cells,
  };
}

/**
 * The full report with a long narrative (six pages): paragraphs of many lines, `（一）` lead-ins
 * with and without text after them, so that pages break inside paragraphs and before headings.
 */
export function longReport(formatId: FormatId): Report {
  const base = fullReport(formatId);
  const para = (n: number): string =>
    `全年共${n}项工作按照政府信息公开条例的规定开展，主动公开政府信息，规范办理依申请公开，加强政府信息管理和平台建设，落实监督保障措施。`.repeat(
      n,
    );
  return {
    ...base,
    narrative: {
      overview: [
        para(3),
        '（一）主动公开。' + para(4),
        '（二）依申请公开',
        para(2),
        '（三）政府信息管理。' + para(5),
      ].join('\n'),
      problems: ['（一）存在的主要问题', para(3), '（二）改进措施', para(6)].join('\n'),
      other: formatId === '2021' ? '本年度未收取信息处理费。' + para(1) : para(1),
    },
  };
}
