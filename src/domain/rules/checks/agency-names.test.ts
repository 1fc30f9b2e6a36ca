import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { emptyReport } from '@/domain/report/empty-report';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';
import { kindOfName } from './agency-names';

/** A report typed in the form: the agency, the preface and the 总体情况 as given. */
function typed(agencyName: string, preface: string, overview: string): Report {
  const empty = emptyReport('2021', 2023);
  return {
    ...empty,
    meta: { ...empty.meta, agencyName, preface },
    narrative: { ...empty.narrative, overview },
  };
}

const otherAgency = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, { formats, today: '2026-12-01' })
    .filter((i) => i.checkId === 'other-agency-in-text')
    .map((i) => [i.key, i.severity, i.message]);

/** 武鸣 富鸣集团 2023's preface and 总体情况 (real wording, cut). */
const WUMING_PREFACE =
  '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,由南宁市武鸣区行政审批局编制。报告全文包括总体情况、主动公开政府信息情况、政府信息公开情况、工作存在的主要问题及改进情况等部分组成。如对本年度报告有疑问,请与广西富鸣城市投资发展集团有限责任公司办公室联系。';
const WUMING_OVERVIEW = [
  '2023年,我公司以习近平新时代中国特色社会主义思想为指导思想,认真学习贯彻党的二十大精神,严格执行信息公开相关制度。',
  '(一)主动公开情况',
  '2023年,我集团在南宁市武鸣区政府门户网站发布信息77条。',
  '(二)依申请公开情况',
  '根据工作实际,全面梳理、更新、完善我集团政府信息公开目录。',
].join('\n');

describe('other-agency-in-text: the body the report says it is, and the one its text speaks as', () => {
  it('warns when a preface says a 局 compiled it and the text speaks as 我公司/我集团 (real: 武鸣 富鸣集团 2023)', () => {
    const issues = otherAgency(typed('', WUMING_PREFACE, WUMING_OVERVIEW));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.slice(0, 2)).toEqual(['other-agency-in-text:meta', 'warning']);
    expect(issues[0]?.[2]).toContain(
      '序言说本报告由“南宁市武鸣区行政审批局”编制（部门），正文却以“我公司”“我集团”自称（企业）',
    );
  });

  it('warns when a township’s name meets a text that speaks as 我局 throughout', () => {
    const issues = otherAgency(
      typed(
        '五蛟镇人民政府',
        '',
        '2020年,我局按照县委、县政府的统一部署,把政府信息公开工作作为一项重要工作来抓。本局主动公开信息52条。',
      ),
    );
    expect(issues.map((i) => i[0])).toEqual(['other-agency-in-text:meta']);
  });

  it('stays silent when the text speaks as the body the preface names (real: 天镇县信访局 2021, 塘下镇 2024, 东港镇 2021)', () => {
    expect(
      otherAgency(
        typed(
          '',
          '本报告由信访局结合有关统计数据编制,报告全文包括总体情况、主动公开政府信息情况等部分。',
          '2021年,我局认真贯彻落实《条例》。我局主动公开信息12条。',
        ),
      ),
    ).toEqual([]);
    expect(
      otherAgency(
        typed(
          '',
          '本报告由塘下镇人民政府结合有关统计数据编制。',
          '2024年,我镇深入贯彻落实《条例》。我镇主动公开信息30条。',
        ),
      ),
    ).toEqual([]);
    expect(
      otherAgency(
        typed(
          '东港镇人民政府',
          '本报告由东港镇人民政府党政办公室编制。',
          '2021年,我镇持续推进政务公开。全镇主动公开信息40条。',
        ),
      ),
    ).toEqual([]);
  });

  it('stays silent for a government compiled by its office or a department, speaking as 我县 (real: 高淳区 2022, 中江县 2022)', () => {
    expect(
      otherAgency(
        typed(
          '',
          '本报告由高淳区人民政府办公室汇总编制。',
          '2022年,我区坚持以习近平新时代中国特色社会主义思想为指导。我区主动公开信息。',
        ),
      ),
    ).toEqual([]);
    // One 我镇 in a department's text (a township it works with) is not a text speaking as one.
    expect(
      otherAgency(
        typed(
          '示例县统计局',
          '',
          '2023年,我局主动公开统计信息20条。在基本局面稳定的前提下,指导我镇统计站做好公开。',
        ),
      ),
    ).toEqual([]);
  });
});

describe('other-agency-in-text: a township’s text calling itself 我局 beside 我镇', () => {
  const HENGSHAN =
    '2023年全省政府网站集约化平台调整网站信息发布流程,强化信息发布前再审核步骤以及“录审分离”机制,我局积极配合调整,并结合我镇政府信息公开前保密审查和内容发布审核等七项工作制度,加强全流程信息内容管理。本镇主动公开信息。';
  it('warns even once (real: 横山镇 2023, `我局积极配合调整,并结合我镇…`)', () => {
    const issues = otherAgency(typed('龙游县横山镇', '', HENGSHAN));
    expect(issues.map((i) => i[0])).toEqual(['other-agency-in-text:meta']);
    expect(issues[0]?.[2]).toContain('正文却以“我局”自称（部门，与“我镇”并用）');
  });

  it('stays silent for the township’s own words, and for a department naming a township once', () => {
    expect(otherAgency(typed('龙游县横山镇', '', HENGSHAN.replace('我局', '我镇')))).toEqual([]);
    expect(
      otherAgency(
        typed('示例县统计局', '', '2023年,我局主动公开统计信息20条。指导我镇统计站做好公开。'),
      ),
    ).toEqual([]);
  });
});

describe('kindOfName: the kind a name says by its last word', () => {
  it('reads a body through the office that wrote its report', () => {
    expect(kindOfName('南宁市武鸣区行政审批局')).toBe('bureau');
    expect(kindOfName('广西富鸣城市投资发展集团有限责任公司')).toBe('company');
    expect(kindOfName('东港镇人民政府党政办公室')).toBe('township');
    expect(kindOfName('无锡市锡山区人民政府厚桥街道党政办公室综合科')).toBe('township');
    expect(kindOfName('海南省地震局办公室')).toBe('bureau');
    expect(kindOfName('示例市卫生健康委员会')).toBe('bureau');
  });

  it('names no kind for a government, its office or a 管委会', () => {
    expect(kindOfName('文山市人民政府办公室')).toBeNull();
    expect(kindOfName('浙江乐清经济开发区管理委员会')).toBeNull();
    expect(kindOfName('台州湾经济技术开发区管委会')).toBeNull();
    expect(kindOfName('伊宁县人民政府')).toBeNull();
  });
});

describe('other-agency-in-text: the preface publishing another agency’s report (fixes after the measure of 344–358)', () => {
  const MIANDIAN =
    '根据《中华人民共和国政府信息公开条例》要求和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)规定,现公布建水县民族宗教事务局2025年度政府信息公开工作年度报告。本报告包括总体情况等6个部分。';
  it('warns when a township’s preface publishes a 局’s report (real: 面甸镇 2025)', () => {
    const issues = otherAgency(typed('建水县面甸镇', MIANDIAN, ''));
    expect(issues.map((i) => i[0])).toEqual(['other-agency-in-text:meta']);
    expect(issues[0]?.[1]).toBe('warning');
    expect(issues[0]?.[2]).toContain('序言说现公布的是“建水县民族宗教事务局”的年度报告');
  });

  it('stays silent for its own name in other forms, and for a department compiling its government’s report', () => {
    const own = MIANDIAN.replace('建水县民族宗教事务局', '面甸镇人民政府');
    expect(otherAgency(typed('建水县面甸镇', own, ''))).toEqual([]);
    // 伊宁县 2023's real preface (`现向社会公布伊宁县人民政府2023年…`) under a 局's name: a
    // government is of no self kind, so a department compiling its government's report is not said.
    expect(
      otherAgency(
        typed(
          '伊宁县财政局',
          '根据《中华人民共和国政府信息公开条例》要求,现向社会公布伊宁县人民政府2023年政府信息公开工作年度报告。',
          '',
        ),
      ),
    ).toEqual([]);
    expect(
      otherAgency(typed('建水县面甸镇', MIANDIAN.replace('建水县民族宗教事务局', '本机关'), '')),
    ).toEqual([]);
  });
});

describe('other-agency-in-text: a 局’s text calling itself 我办 (fixes after the measure of 359–373)', () => {
  const TIANSHUI =
    '2021年我办以习近平新时代中国特色社会主义思想为指导,强化组织领导。截至2021年12月31日,我办通过天水市乡村振兴局网站公布信息1877条。我局高度重视乡村振兴网平台建设。';
  it('warns when it says 我办 twice beside 我局 (real: 天水市乡村振兴局 2021)', () => {
    const issues = otherAgency(typed('天水市乡村振兴局', '', TIANSHUI));
    expect(issues.map((i) => i[0])).toEqual(['other-agency-in-text:meta']);
    expect(issues[0]?.[2]).toContain('“我办”自称（办公室，与“我局”并用）');
  });

  it('stays silent once, for an office’s or a 街道办’s own 我办, and for 我办理', () => {
    expect(
      otherAgency(typed('天水市乡村振兴局', '', TIANSHUI.replace('2021年我办', '2021年我局'))),
    ).toEqual([]);
    expect(otherAgency(typed('天水市人民政府办公室', '', TIANSHUI))).toEqual([]);
    expect(
      otherAgency(typed('潼关县东街街道办事处', '', TIANSHUI.replace('我局', '我办'))),
    ).toEqual([]);
    expect(
      otherAgency(typed('天水市乡村振兴局', '', '我办理申请3件。我局公开信息。我办理了答复。')),
    ).toEqual([]);
  });
});
