// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { useEditorStore } from '@/store/editor-store';
import { formatById } from '@templates/index';
import { SectionStep } from './section-step';

/**
 * The 总体情况 step's checklist of areas, rendered: it ticks what the `overview-areas-missing`
 * check counts (`overviewCoverage`), so a bare list of the areas ticks none (stop 31).
 */

(globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;

function realReport(name: string): Report {
  const result = importText(readFileSync(`templates/fixtures/real/${name}`, 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

let mounted: { root: Root; host: HTMLElement } | undefined;

afterEach(async () => {
  if (!mounted) return;
  const { root, host } = mounted;
  await act(async () => root.unmount());
  host.remove();
  mounted = undefined;
});

/** The checklist's items as shown: `☑ 主动公开（已涉及）`. */
async function checklistOf(report: Report): Promise<string[]> {
  const template = formatById(report.formatId);
  const section = template.sections.find((s) => s.id === 'overview')!;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  mounted = { root, host };
  await act(async () => {
    useEditorStore.getState().open('draft-areas', report);
    root.render(createElement(SectionStep, { template, section }));
  });
  const items = host.querySelectorAll('fieldset.areas li');
  return [...items].map((li) => (li.textContent ?? '').replace(/\s+/g, ''));
}

describe('the 总体情况 checklist of areas', () => {
  const liaobu = realReport('388-dongguan-liaobu-2019.txt');
  const [principle, list] = (liaobu.narrative.overview ?? '').split('\n');

  it('shows every area unticked for a bare list of them (real: 东莞市寮步镇 2019)', async () => {
    const overview = `${principle}\n${list}`;
    expect(overview).toContain(
      '主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面',
    );
    expect(
      await checklistOf({
        ...liaobu,
        meta: { ...liaobu.meta, agencyKind: 'department' },
        narrative: { ...liaobu.narrative, overview },
      }),
    ).toEqual([
      '☐主动公开（未涉及）',
      '☐依申请公开（未涉及）',
      '☐政府信息管理（未涉及）',
      '☐政府信息公开平台建设（未涉及）',
      '☐监督保障（未涉及）',
    ]);
  });

  it('ticks every area of an overview that accounts for each (real: 永川高新区管委会 2020)', async () => {
    const yongchuan = realReport('253-yongchuan-gxq-2020.txt');
    expect(
      await checklistOf({ ...yongchuan, meta: { ...yongchuan.meta, agencyKind: 'department' } }),
    ).toEqual([
      '☑主动公开（已涉及）',
      '☑依申请公开（已涉及）',
      '☑政府信息管理（已涉及）',
      '☑政府信息公开平台建设（已涉及）',
      '☑监督保障（已涉及）',
    ]);
  });
});
