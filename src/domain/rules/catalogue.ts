import type { Severity } from './types';

/** One check of SPEC §4: its stable id, severity and a short Chinese title (issues panel, export checklist). */
export interface CheckInfo {
  readonly severity: Severity;
  readonly title: string;
  /** SPEC section. */
  readonly spec: '4.1' | '4.2' | '4.3' | '4.4';
}

/** Every check id the engine can raise. Ids are stable: dismissals are stored by them. */
export const checkCatalogue: Readonly<Record<string, CheckInfo>> = {
  't3-balance': {
    severity: 'error',
    spec: '4.1',
    title: '表三勾稽关系不平衡（一 + 二 ≠ 三 + 四）',
  },
  'reported-total-mismatch': { severity: 'error', spec: '4.1', title: '导入的合计与计算结果不符' },
  't2-items-negative': {
    severity: 'error',
    spec: '4.1',
    title: '表二项目数量（上一年 + 增减）为负数',
  },
  'cell-value-invalid': { severity: 'error', spec: '4.1', title: '单元格数值类型错误' },
  'report-date-invalid': { severity: 'error', spec: '4.2', title: '成文日期无效' },
  'report-date-before-year-end': {
    severity: 'error',
    spec: '4.2',
    title: '成文日期早于报告年度结束',
  },
  'report-date-after-deadline': { severity: 'warning', spec: '4.2', title: '成文日期晚于法定期限' },
  'report-date-in-future': { severity: 'warning', spec: '4.2', title: '成文日期晚于今天' },
  'format-year-mismatch': { severity: 'error', spec: '4.2', title: '报告格式与年度不符' },
  'notice-citation-wrong': { severity: 'warning', spec: '4.2', title: '引用的年报通知与年度不符' },
  'notice-citation-unknown': {
    severity: 'warning',
    spec: '4.2',
    title: '引用的年报通知文号不存在',
  },
  'statistics-period-mismatch': {
    severity: 'warning',
    spec: '4.2',
    title: '统计期限与报告年度不符',
  },
  'blank-cells': { severity: 'incomplete', spec: '4.3', title: '表格有未填写的单元格' },
  'narrative-empty': { severity: 'incomplete', spec: '4.3', title: '文字部分未填写' },
  'agency-name-missing': { severity: 'incomplete', spec: '4.3', title: '未填写机关名称' },
  'report-year-missing': { severity: 'incomplete', spec: '4.3', title: '未填写报告年度' },
  'report-date-missing': { severity: 'incomplete', spec: '4.3', title: '未填写成文日期' },
  'fee-statement-missing': {
    severity: 'incomplete',
    spec: '4.3',
    title: '未说明信息处理费收取情况',
  },
  'template-text-left': { severity: 'warning', spec: '4.3', title: '文中留有模板说明或占位符' },
  'narrative-table-mismatch': { severity: 'warning', spec: '4.4', title: '正文数字与表格不符' },
  'narrative-percentage-mismatch': {
    severity: 'warning',
    spec: '4.4',
    title: '正文百分比计算有误',
  },
  't2-decisions-without-items': {
    severity: 'warning',
    spec: '4.4',
    title: '表二无项目却有处理决定',
  },
  't2-decisions-equal-items': {
    severity: 'warning',
    spec: '4.4',
    title: '表二处理决定数量等于项目数量',
  },
  'money-unit-mismatch': { severity: 'warning', spec: '4.4', title: '金额单位与本栏不符' },
  'overview-areas-missing': { severity: 'warning', spec: '4.4', title: '总体情况未涵盖应写的方面' },
  'overview-too-long': { severity: 'info', spec: '4.4', title: '总体情况篇幅过长' },
  'wrong-year-in-text': { severity: 'warning', spec: '4.4', title: '正文年份可能写错' },
  'carried-in-vs-last-year': {
    severity: 'warning',
    spec: '4.4',
    title: '上年结转与上一年度报告不符',
  },
  'valid-count-vs-last-year': {
    severity: 'warning',
    spec: '4.4',
    title: '现行有效件数与上一年度不衔接',
  },
  'narrative-copied': { severity: 'warning', spec: '4.4', title: '文字照搬上一年度报告' },
  'table-copied': { severity: 'warning', spec: '4.4', title: '表格数字照搬上一年度报告' },
};
