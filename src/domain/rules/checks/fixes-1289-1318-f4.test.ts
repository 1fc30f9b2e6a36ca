import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

describe('the State Council key points cited by a wrong name (fixes of 1289–1318)', () => {
  it('warns 工作 lost from the name (real: 北干街道 2021)', () => {
    const preface =
      '根据《国务院办公厅关于印发2021年政务公开要点的通知》、《浙江省人民政府办公厅关于印发2021年浙江省政务公开工作要点的通知》要求,现向社会公布2021年度本级政府信息公开工作年度报告。';
    const key = 'notice-citation-wrong:meta:key-points-2021';
    expect(keys(withPreface(preface))).toContain(key);
    expect(messageOf(withPreface(preface), key)).toContain(
      '《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔2021〕12号）',
    );
    expect(importedWarns(realText('1293-xiaoshan-beigan-2021.txt'), key)).toBe(true);
  });

  it('warns the key points’ number under another name (real: 漳州市卫健委 2021)', () => {
    const overview =
      '2021年,我委严格遵照《条例》和国务院办公厅《2021年政府公开工作要求》(国办发〔2021〕12号)文件要求,高度重视信息公开工作。';
    expect(keys(withOverview(overview))).toContain(
      'notice-citation-wrong:overview:key-points-2021',
    );
    expect(
      importedWarns(
        realText('1294-zhangzhou-wjw-2021.txt'),
        'notice-citation-wrong:overview:key-points-2021',
      ),
    ).toBe(true);
  });

  it('stays silent on the corpus’s right names and a place’s points under the State’s', () => {
    for (const [overview, year] of [
      ['根据《国务院办公厅关于印发2021年政务公开工作要点的通知》(国办发〔2021〕12号)要求。', 2021],
      ['根据《国务院办公厅关于印发〈2020年政务公开工作要点〉的通知》要求。', 2020],
      ['根据《国务院办公厅关于印发<2022年政务公开工作要点的通知>》(国办发〔2022〕8号)要求。', 2022],
      ['按照国务院办公厅印发的《2022年政务公开工作要点》的通知要求。', 2022],
      [
        '根据《省政府办公厅关于贯彻落实国务院办公厅2021年政务公开工作要点任务分工的通知》要求。',
        2021,
      ],
    ] as const)
      expect(keys(withOverview(overview, year)).filter((k) => k.includes('key-points'))).toEqual(
        [],
      );
  });
});

describe('the report named a 总结报告 (fixes of 1289–1318)', () => {
  it('warns `…信息公开工作总结报告如下` (real: 济宁市人社局 2020)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》和省、市有关文件规定和市政府办公室工作要求,现将2020年度市人力资源社会保障局信息公开工作总结报告如下。';
    expect(keys(withPreface(preface, 2020))).toContain('report-name-garbled:meta');
    expect(messageOf(withPreface(preface, 2020), 'report-name-garbled:meta')).toContain(
      '“信息公开工作总结报告”',
    );
    expect(importedWarns(realText('1317-jining-rsj-2020.txt'), 'report-name-garbled:meta')).toBe(
      true,
    );
  });

  it('stays silent on `…工作进行总结报告` (历下区 units: 总结 and 报告 the verbs)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》要求,现将我单位2024年度政府信息公开工作进行总结报告。';
    expect(keys(withPreface(preface, 2024))).not.toContain('report-name-garbled:meta');
  });
});

describe('a rule’s short name in a report that defines none (fixes of 1289–1318)', () => {
  it('warns 《规定》 named nowhere (real: 沧州市卫健委 2023)', () => {
    const overview =
      '2023年,我委认真贯彻落实国家和省、市关于政府信息公开的有关工作要求,严格执行《条例》和《规定》相关要求,坚持依法行政。';
    const key = 'citation-abbreviation-mismatch:overview';
    expect(keys(withOverview(overview, 2023))).toContain(key);
    expect(messageOf(withOverview(overview, 2023), key)).toContain('《规定》');
    expect(importedWarns(realText('1311-cangzhou-wjw-2023.txt'), key)).toBe(true);
  });

  it('stays silent when the rule is named in full somewhere (733, 1062)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求,编制本报告。';
    const overview = '严格执行《条例》和《规定》相关要求。';
    expect(
      keys({ ...withOverview(overview, 2023), meta: { ...withPreface(preface, 2023).meta } }),
    ).not.toContain('citation-abbreviation-mismatch:overview');
    for (const name of ['733-baoshan-youyilu-2025.txt', '1062-zhangjiachuan-swj-2019.txt'])
      expect(importedWarns(realText(name), 'citation-abbreviation-mismatch:overview')).toBe(false);
  });
});
