import { describe, expect, it } from 'vitest';
import { importedWarns, realText } from '@/testing/checked-reports';
import { importText } from './import-text';

const SUMMARY_LAYOUT = realText('2100-nanchang-donghu-gafj-2020.txt');

describe('a report laid out as a work summary, none of the format headings printed', () => {
  it('is taken when its title names the report (real: 南昌市东湖公安分局 2020)', () => {
    const r = importText(SUMMARY_LAYOUT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.meta.agencyName).toBe('东湖公安分局');
    expect(r.report.meta.year).toBe(2020);
    // The title's report name, 工作 lost, is told.
    expect(importedWarns(SUMMARY_LAYOUT, 'report-name-garbled:meta')).toBe(true);
  });

  it('is still refused without such a title: a work summary or plain prose', () => {
    const summary = importText(
      '东湖公安分局2020年度工作总结\n一、加强组织领导,建立健全工作机制。一是健全组织架构。',
    );
    expect(summary.ok).toBe(false);
    expect(importText('今天天气很好。\n我们去公园。').ok).toBe(false);
  });
});

describe('a police sub-bureau named after its district, the district’s 区 left out', () => {
  it('is no name without a place (`东湖公安分局`)', () => {
    expect(importedWarns(SUMMARY_LAYOUT, 'agency-name-place-missing')).toBe(false);
  });

  it('a department named by its kind alone still is (`水务局`, real: 2070)', () => {
    expect(importedWarns(realText('2070-fuyu-swj-2020.txt'), 'agency-name-place-missing')).toBe(
      true,
    );
  });
});

describe('巩固拓展 with what it holds named', () => {
  it('is silent on `巩固拓展主流舆论阵地` (real: 安徽省邮政管理局 2023)', () => {
    expect(importedWarns(realText('2113-anhui-yzglj-2023.txt'), 'phrase-garbled:overview')).toBe(
      false,
    );
  });
});
