import { describe, expect, it } from 'vitest';
import { keys, withOverview } from '@/testing/checked-reports';
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
