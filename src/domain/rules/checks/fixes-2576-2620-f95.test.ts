import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '@/domain/report/types';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2576–2620 mended after it (stop 63, fixer f95): an agency named without its
 * place (a zone's body from the zone's kind, a park's office by the park alone, a 联合会 as 市残联), the
 * own place's level lost before 人民政府 on a site's name, and a text's own later parts in its preface.
 * From the real wording, with nearby wording of the corpus that must stay silent.
 */

const PLACE = 'agency-name-place-missing';
const WORD_LOST = 'agency-name-word-lost:meta';
const HEADING = 'section-heading-mismatch';

const department = (name: string, report: Report = clean2021.report): Report =>
  asAgency(report, 'department', name);

describe('agency-name-place-missing: a zone’s body named from the zone’s kind', () => {
  it('flags the real title (real: 经济技术开发区经济发展局 2021)', () => {
    expect(importedWarns(realText('2596-qujing-jkq-jfj-2021.txt'), PLACE)).toBe(true);
    expect(importedMessage(realText('2596-qujing-jkq-jfj-2021.txt'), PLACE)).toContain(
      '以“经济技术开发区”开头',
    );
  });

  it('flags the same shape of a high-tech zone', () => {
    expect(keys(department('高新技术产业开发区财政局'))).toContain(PLACE);
  });

  it('stays silent on the zone named with its place, and on a district’s 高新区', () => {
    expect(keys(department('曲靖经济技术开发区经济发展局'))).not.toContain(PLACE);
    expect(keys(department('高新区(新市区)市场监督管理局'))).not.toContain(PLACE);
    expect(keys(department('高新区青田街道办事处'))).not.toContain(PLACE);
  });
});

describe('agency-name-place-missing: a park’s office named by the park alone', () => {
  it('flags the real text, which names the park after its place (real: 通航产业园管理办 2023)', () => {
    const text = realText('2599-whkfq-tonghang-2023.txt');
    expect(importedWarns(text, PLACE)).toBe(true);
    expect(importedMessage(text, PLACE)).toContain('武汉经济技术开发区通航产业园');
  });

  const named = (said: string) =>
    department('通航产业园管理办', withPreface(`2023年,${said}政务公开工作有序推进。`, 2023));

  it('flags a park named after its city', () => {
    expect(keys(named('在蓝田县通航产业园'))).toContain(PLACE);
  });

  it('stays silent where the text names the park alone, or after 全市', () => {
    expect(keys(named('通航产业园管理办'))).not.toContain(PLACE);
    expect(keys(named('全市通航产业园'))).not.toContain(PLACE);
    expect(keys(named('区政府门户网站上通航产业园'))).not.toContain(PLACE);
  });

  it('stays silent on a park whose own name holds its place (real: 五华科技产业园管理委员会 2022)', () => {
    expect(importedWarns(realText('091-wuhua-kjcyy-2022.txt'), PLACE)).toBe(false);
  });
});

describe('agency-name-place-missing: a 联合会 by its short name after a bare 市', () => {
  it('flags the real title (real: 长春市残疾人联合会 2024, titled `2024年市残联…`)', () => {
    expect(importedWarns(realText('2607-changchun-cl-2024.txt'), PLACE)).toBe(true);
  });

  it('stays silent on the name with its place', () => {
    expect(keys(department('长春市残疾人联合会'))).not.toContain(PLACE);
    expect(keys(department('公主岭市残联'))).not.toContain(PLACE);
  });
});

describe('agency-name-word-lost: the own place’s level lost before 人民政府 on a site’s name', () => {
  it('flags the real preface (real: 上饶市广丰区科学技术局 2022)', () => {
    const text = realText('2587-guangfeng-kjj-2022.txt');
    expect(importedWarns(text, WORD_LOST)).toBe(true);
    expect(importedMessage(text, WORD_LOST)).toContain('广丰人民政府');
  });

  const site = (said: string) =>
    department(
      '上饶市广丰区科学技术局',
      withPreface(`本年度报告的电子版可以从${said}下载。`, 2022),
    );

  it('stays silent on the name with its level, and on a site’s brand before 政府', () => {
    expect(keys(site('广丰区人民政府网站'))).not.toContain(WORD_LOST);
    expect(keys(site('广丰政府门户网'))).not.toContain(WORD_LOST);
    expect(importedWarns(realText('513-jiangyong-2023.txt'), WORD_LOST)).toBe(false);
  });

  it('says what was read', () => {
    expect(messageOf(site('广丰人民政府网站'), WORD_LOST)).toContain('“广丰区”少了“区”');
  });
});

describe('section-heading-mismatch: a text’s own later parts in its preface', () => {
  it('flags the second part at its place (real: 昆明市晋宁区残疾人联合会 2020)', () => {
    const text = realText('2609-jinning-cl-2020.txt');
    expect(importedWarns(text, `${HEADING}:proactive`)).toBe(true);
    expect(importedMessage(text, `${HEADING}:proactive`)).toContain('二、信息公开措施落实情况');
  });

  it('stays silent on a heading the excerpt ends on (`三、信息`), its words cut', () => {
    expect(importedWarns(realText('2609-jinning-cl-2020.txt'), `${HEADING}:applications`)).toBe(
      false,
    );
  });
});
