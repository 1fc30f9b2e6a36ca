import { describe, expect, it } from 'vitest';
import { asAgency, keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 584–613 mended after it (stop 34), from the real wording: a
 * government's general office that never says whose its figures are.
 */

const SCOPE = 'government-scope-missing';

const office = (overview: string, name: string, year = 2022) =>
  asAgency(withOverview(overview, year), 'department', name);

// real: 银川市人民政府办公室 2022
const yinchuan =
  '2022年,银川市人民政府办公室紧扣国家、自治区及银川市决策部署和《2022年政务公开工作要点》要求,持续推动银川市政务公开各项工作有序开展。\n(一)主动公开情况。印发《2022年全市政务公开工作要点任务落实台账》。通过政府网站和政务新媒体,主动公开政府信息20余万条。\n(二)依申请公开情况。受理答复政府信息公开申请28件。';

describe('a government’s general office that never says whose its figures are (government-scope-missing)', () => {
  it('is said of a city government’s office (real: 银川市人民政府办公室 2022)', () => {
    const report = office(yinchuan, '银川市人民政府办公室');
    expect(keys(report)).toContain(SCOPE);
    expect(messageOf(report, SCOPE)).toContain('办公室本机关');
  });

  it('is said of the office by its short name and of a province’s 办公厅', () => {
    // real: 府谷县 县政府办 2022
    const fugu = '2022年,收到申请公开21条,办结21条。本年度共公开政府信息3030条。';
    expect(keys(office(fugu, '县政府办'))).toContain(SCOPE);
    expect(keys(office(yinchuan, '上海市人民政府办公厅'))).toContain(SCOPE);
  });

  it('is said when the office leads a sentence whose count comes clauses later (real: 宽城满族自治县人民政府办公室 2023)', () => {
    const kuancheng =
      '2023年,我办认真贯彻落实《中华人民共和国政府信息公开条例》,紧紧围绕县委、县政府重大决策部署,主动公开的政府信息,依托政府门户网站组织发布信息3470条。全年共收到依申请公开35件。';
    expect(keys(office(kuancheng, '宽城满族自治县人民政府办公室', 2023))).toContain(SCOPE);
  });

  it('is not said of a government’s other offices (real: 湛江市人民政府地方志办公室, 四川省人民防空办公室)', () => {
    for (const name of [
      '湛江市人民政府地方志办公室',
      '山西省人民政府外事办公室',
      '四川省人民防空办公室',
      '重庆市梁平区信访办公室',
      '平潭综合实验区管委会办公室',
      '某市政务服务管理办公室',
    ])
      expect(keys(office(yinchuan, name))).not.toContain(SCOPE);
  });

  it('is not said of an office that gives a count as its own (real: 海棠区 2020, 天门市 2025, 义安区 2020, 开福区 2023)', () => {
    for (const [text, name] of [
      [
        '截止2020年12月31日,我办在政府信息公开专栏主动公开文件共5件。',
        '三亚市海棠区人民政府办公室',
      ],
      [
        '(二)政府信息依申请公开情况。2025年,本机关收到4件政府信息公开申请。',
        '天门市人民政府办公室',
      ],
      ['2020年,区政府办累计发布各类政府信息4656条。', '义安区政府办'],
      ['2023年,区人民政府办公室未收到政府信息公开申请。', '长沙市开福区人民政府办公室'],
    ] as const)
      expect(keys(office(`${yinchuan}\n${text}`, name))).not.toContain(SCOPE);
  });

  it('is said when the office guides another to publish the count (real: 平乡县人民政府办公室 2024)', () => {
    const text = '2021年，县政府办公室指导寻召乡主动公开政务信息545条。';
    expect(keys(office(`${yinchuan}\n${text}`, '示例县人民政府办公室'))).toContain(SCOPE);
    expect(
      keys(
        office(`${yinchuan}\n2021年，县政府办公室主动公开政务信息545条。`, '示例县人民政府办公室'),
      ),
    ).not.toContain(SCOPE);
  });

  it('is not said when the government is named with its office (real: 大足区 2023, 高平市 2022)', () => {
    for (const text of [
      '2023年依托政府门户网站及新媒体主动公开区政府(含区政府办公室)各类信息6452条。',
      '发布市政府及政府办文件及解读信息66条。',
    ])
      expect(keys(office(`${yinchuan}\n${text}`, '某市人民政府办公室'))).not.toContain(SCOPE);
  });

  it('is said when the government and its office only name whose documents a rule of the work is for (real: 藁城区 2022, 阿拉善右旗 2022)', () => {
    for (const text of [
      '凡以区政府或区政府办公室名义制发的公文,都要填写审查表,明确公开属性。',
      '对以政府办名义印发的政策文件,除依法需要保密外,全部及时主动准确向社会公开。2022年公开各类文件13个。',
      '对政府及时办理的事项及时公开。',
    ]) {
      expect(keys(office(`${yinchuan}\n${text}`, '阿拉善右旗人民政府办公室'))).toContain(SCOPE);
      expect(
        keys(
          asAgency(
            withOverview(`${yinchuan}\n${text}`, 2022),
            'government',
            '石家庄市藁城区人民政府',
          ),
        ),
      ).toContain(SCOPE);
    }
  });

  it('is not said of a government naming itself with its office, nor does an office’s own count silence a government', () => {
    const government = (text: string) =>
      asAgency(withOverview(`${yinchuan}\n${text}`, 2022), 'government', '银川市人民政府');
    expect(keys(government('主动公开区政府(含区政府办公室)各类信息6452条。'))).not.toContain(SCOPE);
    expect(keys(government('本机关收到4件政府信息公开申请。'))).toContain(SCOPE);
  });
});
