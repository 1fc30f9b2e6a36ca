#!/usr/bin/env node
// Makes the hand-made .docx test files of the importer (templates/fixtures/import/) the way a
// clerk would have them: a report typed in a word processor from the official template, with
// other widths and fonts, 0/—/无/件/元 in cells, an extra blank row, totals filled or left
// blank. Writes HTML and converts it with the real LibreOffice:
//   node scripts/make-import-fixtures.mjs
// The .docx files are committed; rerun only to change them (the tests list their values).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = 'templates/fixtures/import';
const work = '.tmp/import-fixtures';
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
mkdirSync(out, { recursive: true });

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const td = (text, attrs = '') => `<td ${attrs}>${esc(text)}</td>`;
const p = (text, style = '') => `<p style="${style}">${esc(text)}</p>`;
const page = (font, body) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:${font};font-size:14pt}td{border:1px solid #000;font-size:10pt}table{border-collapse:collapse}</style></head><body>${body}</body></html>`;

const t3Columns = `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan="3" colspan="3"')}${td('申请人情况', 'colspan="7"')}</tr>
<tr>${td('自然人', 'rowspan="2"')}${td('法人或其他组织', 'colspan="5"')}${td('总计', 'rowspan="2"')}</tr>
<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((x) => td(x)).join('')}</tr>`;

/** 表三 rows: [group label or null, row label, 7 values], the merges drawn as a clerk would. */
function table3(groups, results) {
  const rows = [];
  const total = results.reduce((n, g) => n + g.rows.length, 0) + 1;
  let first = true;
  for (const g of results) {
    g.rows.forEach(([label, values], i) => {
      const head = first ? td('三、本年度办理结果', `rowspan="${total}"`) : '';
      first = false;
      const group =
        g.group === undefined
          ? td(label, 'colspan="2"')
          : (i === 0 ? td(g.group, `rowspan="${g.rows.length}"`) : '') + td(label);
      rows.push(`<tr>${head}${group}${values.map((v) => td(v)).join('')}</tr>`);
    });
  }
  return `<table style="width:98%">${t3Columns}
<tr>${td('一、本年新收政府信息公开申请数量', 'colspan="3"')}${groups.newReceived.map((v) => td(v)).join('')}</tr>
<tr>${td('二、上年结转政府信息公开申请数量', 'colspan="3"')}${groups.carriedIn.map((v) => td(v)).join('')}</tr>
${rows.join('\n')}
<tr>${td('（七）总计', 'colspan="2"')}${groups.resultsTotal.map((v) => td(v)).join('')}</tr>
<tr>${td('四、结转下年度继续办理', 'colspan="3"')}${groups.carriedOver.map((v) => td(v)).join('')}</tr>
${groups.extraBlankRow ? `<tr>${Array.from({ length: 10 }, () => td('')).join('')}</tr>` : ''}
</table>`;
}

function table4(values, opts = {}) {
  const o = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return `<table style="width:${opts.width ?? '100%'}"><tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>
<tr>${o.map((x) => td(x, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>
<tr>${[...o, ...o].map((x) => td(x)).join('')}</tr>
<tr>${values.map((v) => td(v)).join('')}</tr></table>`;
}

const z6 = ['0', '0', '0', '0', '0', '0'];

// ── 1. A 2020 report in the 2019 format, typed in 宋体 with narrow tables ──────────────────
const common2019 = [
  { rows: [['（一）予以公开', ['3', '', '', '', '', '', '3']]] },
  {
    rows: [
      [
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
        ['16', '—', '—', '—', '—', '—', '16'],
      ],
    ],
  },
  {
    group: '（三）不予公开',
    rows: [
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ].map((l) => [l, ['0', '/', '/', '/', '/', '/', '0']]),
  },
  {
    group: '（四）无法提供',
    rows: [
      ['1.本机关不掌握相关政府信息', ['2件', '', '', '', '', '', '2件']],
      ['2.没有现成信息需要另行制作', [...z6, '0']],
      ['3.补正后申请内容仍不明确', [...z6, '0']],
    ],
  },
  {
    group: '（五）不予处理',
    rows: [
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
    ].map((l) => [l, ['无', '无', '无', '无', '无', '无', '无']]),
  },
  { rows: [['（六）其他处理', ['0', '0', '0', '0', '0', '0', '']]] },
];
const t2_2019 = `<table style="width:80%">
<tr>${td('第二十条第（一）项', 'colspan="5"')}</tr>
<tr>${td('信息内容')}${td('本年新制作数量')}${td('本年新公开数量', 'colspan="2"')}${td('对外公开总数量')}</tr>
<tr>${td('规章')}${td('0')}${td('—', 'colspan="2"')}${td('0')}</tr>
<tr>${td('规范性文件')}${td('2件')}${td('2 件', 'colspan="2"')}${td('15')}</tr>
<tr>${td('第二十条第（五）项', 'colspan="5"')}</tr>
<tr>${td('信息内容')}${td('上一年项目数量')}${td('本年增/减', 'colspan="2"')}${td('处理决定数量')}</tr>
<tr>${td('行政许可')}${td('4')}${td('-1', 'colspan="2"')}${td('3')}</tr>
<tr>${td('其他对外管理服务事项')}${td('10')}${td('0', 'colspan="2"')}${td('256')}</tr>
<tr>${td('第二十条第（六）项', 'colspan="5"')}</tr>
<tr>${td('信息内容')}${td('上一年项目数量')}${td('本年增/减', 'colspan="2"')}${td('处理决定数量')}</tr>
<tr>${td('行政处罚')}${td('21')}${td('－21', 'colspan="2"')}${td('1')}</tr>
<tr>${td('行政强制')}${td('1')}${td('-1', 'colspan="2"')}${td('无')}</tr>
<tr>${td('第二十条第（八）项', 'colspan="5"')}</tr>
<tr>${td('信息内容')}${td('上一年项目数量', 'colspan="2"')}${td('本年增/减', 'colspan="2"')}</tr>
<tr>${td('行政事业性收费')}${td('29', 'colspan="2"')}${td('-1', 'colspan="2"')}</tr>
<tr>${td('第二十条第（九）项', 'colspan="5"')}</tr>
<tr>${td('信息内容')}${td('采购项目数量', 'colspan="2"')}${td('采购总金额', 'colspan="2"')}</tr>
<tr>${td('政府集中采购')}${td('12', 'colspan="2"')}${td('3,190,923元', 'colspan="2"')}</tr>
</table>`;
const clerk2019 = page(
  'SimSun, 宋体, serif',
  [
    p('嘉兴市某某局', 'text-align:center;font-size:22pt'),
    p('2020年度政府信息公开工作年度报告', 'text-align:center;font-size:22pt'),
    p(
      '本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
    ),
    p('地址：嘉兴市中山西路977号'),
    p('邮编：314031'),
    p('电话：0573-82057503'),
    p('<b>一、总体情况</b>'.replace(/<\/?b>/g, '')),
    p('2020年，我局认真贯彻落实《条例》，主动公开政府信息387条。'),
    p('（一）主动公开情况'),
    p('全年主动公开政府信息387条。'),
    p('二、主动公开政府信息情况'),
    t2_2019,
    p('三、收到和处理政府信息公开申请情况'),
    table3(
      {
        newReceived: ['21', '0', '0', '0', '0', '0', '21'],
        carriedIn: ['0', '', '', '', '', '', '0'],
        resultsTotal: ['20', '0', '0', '0', '0', '0', '22'],
        carriedOver: ['0', '0', '0', '0', '0', '0', ''],
        extraBlankRow: true,
      },
      common2019,
    ),
    p('四、政府信息公开行政复议、行政诉讼情况'),
    table4(['1', '0', '0', '0', '1', '0', '0', '0', '0', '', '0', '0', '0', '0', '0'], {
      width: '90%',
    }),
    p('五、存在的主要问题及改进情况'),
    p('一是公开内容不够全面；二是解读形式单一。'),
    p('六、其他需要报告的事项'),
    p('无。'),
    p(''),
    p('嘉兴市某某局', 'text-align:right'),
    p('2021年1月15日', 'text-align:right'),
  ].join('\n'),
);

// ── 2. A 2023 report in the 2021 format, as WPS users type it (Arial, bold headings) ──────
const v = (a) => [...a, ''];
const results2021 = [
  { rows: [['(一)予以公开', v(['5', '1', '0', '0', '0', '0'])]] },
  {
    rows: [
      ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', v(['1', '0', '0', '0', '0', '0'])],
    ],
  },
  {
    group: '(三)不予公开',
    rows: [
      '1. 属于国家秘密',
      '2. 其他法律行政法规禁止公开',
      '3. 危及"三安全一稳定"',
      '4. 保护第三方合法权益',
      '5. 属于三类内部事务信息',
      '6. 属于四类过程性信息',
      '7. 属于行政执法案卷',
      '8. 属于行政查询事项',
    ].map((l) => [l, v(z6)]),
  },
  {
    group: '(四)无法提供',
    rows: [
      ['1. 本机关不掌握相关政府信息', v(['2', '0', '0', '0', '0', '0'])],
      ['2. 没有现成信息需要另行制作', v(z6)],
      ['3. 补正后申请内容仍不明确', v(z6)],
    ],
  },
  {
    group: '(五)不予处理',
    rows: [
      '1. 信访举报投诉类申请',
      '2. 重复申请',
      '3. 要求提供公开出版物',
      '4. 无正当理由大量反复申请',
      '5. 要求行政机关确认或重新出具已获取信息',
    ].map((l) => [l, v(z6)]),
  },
  {
    group: '(六)其他处理',
    rows: [
      [
        '1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        v(['1', '0', '0', '0', '0', '0']),
      ],
      ['2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', v(z6)],
      ['3. 其他', v(z6)],
    ],
  },
];
const t2_2021 = `<table style="width:100%">
<tr>${td('第二十条第（一）项', 'colspan="4"')}</tr>
<tr>${td('信息内容')}${td('本年制发件数')}${td('本年废止件数')}${td('现行有效件数')}</tr>
<tr>${td('规章')}${td('1')}${td('0')}${td('5')}</tr>
<tr>${td('行政规范性文件')}${td('3')}${td('1')}${td('12 件')}</tr>
<tr>${td('第二十条第（五）项', 'colspan="4"')}</tr>
<tr>${td('信息内容')}${td('本年处理决定数量', 'colspan="3"')}</tr>
<tr>${td('行政许可')}${td('230', 'colspan="3"')}</tr>
<tr>${td('第二十条第（六）项', 'colspan="4"')}</tr>
<tr>${td('信息内容')}${td('本年处理决定数量', 'colspan="3"')}</tr>
<tr>${td('行政处罚')}${td('１５', 'colspan="3"')}</tr>
<tr>${td('行政强制')}${td('', 'colspan="3"')}</tr>
<tr>${td('第二十条第（八）项', 'colspan="4"')}</tr>
<tr>${td('信息内容')}${td('本年收费金额（单位：万元）', 'colspan="3"')}</tr>
<tr>${td('行政事业性收费')}${td('1.5', 'colspan="3"')}</tr>
</table>`;
const wps2021 = page(
  'Arial, "Microsoft YaHei", sans-serif',
  [
    p('某某县某某镇人民政府2023年政府信息公开工作年度报告', 'text-align:center;font-weight:bold'),
    '<p><b>一、总体情况</b></p>',
    p('2023年，某某镇坚持以公开为常态，全年主动公开政府信息120条。'),
    '<p><b>二、主动公开政府信息情况</b></p>',
    t2_2021,
    '<p><b>三、收到和处理政府信息公开申请情况</b></p>',
    table3(
      {
        newReceived: v(['9', '1', '0', '0', '0', '0']),
        carriedIn: v(['1', '0', '0', '0', '0', '0']),
        resultsTotal: v(['', '', '', '', '', '']),
        carriedOver: v(['1', '0', '0', '0', '0', '0']),
      },
      results2021,
    ),
    '<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>',
    table4(['0', '0', '0', '0', '0', '—', '—', '—', '—', '—', '0', '0', '0', '0', '0']),
    '<p><b>五、存在的主要问题及改进情况</b></p>',
    p('（一）存在的主要问题。政策解读形式单一。'),
    p('（二）改进措施。丰富解读形式。'),
    '<p><b>六、其他需要报告的事项</b></p>',
    p('本年度未收取信息处理费。'),
    p('某某县某某镇人民政府', 'text-align:right'),
    p('二〇二四年一月十八日', 'text-align:right'),
  ].join('\n'),
);

// ── 3. A Word file with no tables at all (a notice, not a report) ─────────────────────────
const noTables = page(
  'SimSun',
  [p('关于做好2024年政务公开工作的通知'), p('各科室：请按要求做好政务公开工作。')].join('\n'),
);

const files = { 'hand-2019-clerk': clerk2019, 'hand-2021-wps': wps2021, 'no-tables': noTables };
for (const [name, html] of Object.entries(files)) {
  writeFileSync(join(work, `${name}.html`), html);
  execFileSync(
    'soffice',
    [
      '--headless',
      '-env:UserInstallation=file:///tmp/lo-import-fixtures',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      out,
      join(work, `${name}.html`),
    ],
    { stdio: 'inherit' },
  );
}
console.log(`wrote ${Object.keys(files).length} .docx files to ${out}`);
