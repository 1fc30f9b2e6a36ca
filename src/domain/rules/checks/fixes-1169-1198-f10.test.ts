import { describe, expect, it } from 'vitest';
import { asAgency, keys, withOverview } from '@/testing/checked-reports';
import { sameBody } from './agency-names';

/**
 * False warnings of the measure of 1169–1198 silenced after it (stop 39, helper f10), from the real
 * wording, with the shapes the rules must still flag.
 */

const overview = (text: string) => keys(withOverview(text));

describe('notice-citation: the office’s notice on platforms (real: 开州区国资委 2020)', () => {
  const PLATFORM = 'notice-citation-unknown:overview:2019-61';
  it('is silent on 61号 cited with its own title beside 60号', () => {
    expect(
      overview(
        '2020年以来,开州区国资委认真贯彻落实《中华人民共和国政府信息公开条例》、《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)、《关于规范政府信息公开平台有关事项的通知》(国办公开办函〔2019〕61号)及市、区相关要求。',
      ),
    ).not.toContain(PLATFORM);
  });
  it('still flags 61号 cited as the annual reports’ notice', () => {
    expect(
      overview(
        '认真贯彻落实《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕61号)要求。',
      ),
    ).toContain(PLATFORM);
  });
});

describe('notice-citation: rules named by level (real: 陇县水利局 2023)', () => {
  const RULE = 'notice-citation-unknown:overview:rule-name';
  it('is silent on 省市《政府信息公开规定》 and the levels alone', () => {
    for (const level of ['省市', '省、市', '省', '市'])
      expect(
        overview(
          `2023年,我局严格按照《中华人民共和国政府信息公开条例》和${level}《政府信息公开规定》,健全依申请公开工作规范。`,
        ),
      ).not.toContain(RULE);
  });
  it('still flags the rule named without its issuer', () => {
    expect(
      overview(
        '2023年,我局严格按照《中华人民共和国政府信息公开条例》和《政府信息公开规定》,健全工作规范。',
      ),
    ).toContain(RULE);
  });
});

describe('sameBody: 市场监管局 the short form of 市场监督管理局 (real: 丽水市 2021)', () => {
  it('reads the short form as the same body', () => {
    expect(sameBody('丽水市市场监管局', '丽水市市场监督管理局')).toBe(true);
  });
  it('still tells its office from it', () => {
    expect(sameBody('丽水市市场监管局办公室', '丽水市市场监督管理局')).toBe(false);
    expect(sameBody('丽水市市场监督管理局办公室', '丽水市市场监管局')).toBe(false);
  });
});

describe('agency-name-word-doubled: an ethnic township’s level twice (real: 乌林朝鲜族乡 2019)', () => {
  const DOUBLED = 'agency-name-word-doubled:overview';
  it('flags 乌林乡朝鲜族乡人民政府', () => {
    expect(
      overview(
        '如对本年报有疑问,请联系蛟河市乌林乡政务公开办,地址:蛟河市乌林乡朝鲜族乡人民政府,邮编:132514。',
      ),
    ).toContain(DOUBLED);
  });
  it('is silent on the names with the level once', () => {
    expect(overview('地址:吉林市昌邑区两家子满族乡人民政府,邮编:132000。')).not.toContain(DOUBLED);
    expect(overview('地址:六枝特区落别布依族彝族乡人民政府。')).not.toContain(DOUBLED);
    expect(overview('2022年茅坪回族镇人民政府严格落实条例。')).not.toContain(DOUBLED);
  });
});

describe('text-stray-closer: a title’s 》 without 《 before its number (real: 正蓝旗 2021)', () => {
  const STRAY = 'text-stray-closer:overview';
  it('flags the second title’s lone 》', () => {
    expect(
      overview(
        '本报告根据《中华人民共和国政府信息公开条例》和锡林郭勒盟政务公开领导小组办公室关于做好2021年政府信息公开年报工作的通知》(锡政公办字〔2021〕5号)要求编制而成。',
      ),
    ).toContain(STRAY);
  });
  it('is silent on titles opened and closed, nested or not', () => {
    expect(
      overview(
        '根据《中华人民共和国政府信息公开条例》和《关于做好2021年政府信息公开年报工作的通知》(锡政公办字〔2021〕5号)要求编制。',
      ),
    ).not.toContain(STRAY);
    expect(
      overview(
        '根据《条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求编制。',
      ),
    ).not.toContain(STRAY);
  });
});

describe('agency-scope-above-level: a district body’s 市属企业 (real: 开州区国资委 2020)', () => {
  const SCOPE = 'agency-scope-above-level:overview';
  const district = (text: string) =>
    keys(asAgency(withOverview(text), 'department', '重庆市开州区国有资产监督管理委员会'));
  it('flags the city’s enterprises where the text names the district’s', () => {
    expect(
      district(
        '对区属国企整体运营情况、区属企业重点项目实施情况进行及时有效的公开。对委机关各科室、市属企业所报送的信息加大事前审核力度。',
      ),
    ).toContain(SCOPE);
  });
  it('is silent on the own level’s enterprises, and on a text naming only the city’s', () => {
    expect(district('对委机关各科室、区属企业所报送的信息加大事前审核力度。')).not.toContain(SCOPE);
    expect(district('配合市属企业做好信息公开工作。')).not.toContain(SCOPE);
    expect(
      keys(
        asAgency(
          withOverview('其中市属企业信息1624条,区属企业信息20条。'),
          'department',
          '某某市国有资产监督管理委员会',
        ),
      ),
    ).not.toContain(SCOPE);
  });
});

describe('report-name-garbled: the report named with its year after 信息公开 (real: 甘南州林草局 2020)', () => {
  const NAME = 'report-name-garbled:overview';
  it('flags 《甘南州林草局信息公开2020年度工作报告》', () => {
    expect(
      overview(
        '根据《中华人民共和国政府信息公开条例》的有关规定,编制本报告。《甘南州林草局信息公开2020年度工作报告》包括了信息公开工作中主动公开、依申请公开等情况。',
      ),
    ).toContain(NAME);
  });
  it('is silent on the name as the regulation gives it', () => {
    expect(
      overview('《甘南州林草局2020年政府信息公开工作年度报告》包括了主动公开、依申请公开等情况。'),
    ).not.toContain(NAME);
  });
});
