import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface, realText } from '@/testing/checked-reports';

/**
 * Since a fix of stop 34 after the measure of 614–643: a preface's list of parts in a sentence of
 * its own (`内容包括…`), the 2019 notice cited by its title with words lost in a 2021-format year,
 * a paragraph on 主动公开 (`主动公开方面,`) with no count, and the old regulation's fees item in the
 * 2019 format.
 */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('a list of the report’s parts opening a sentence with 内容包括', () => {
  const KEY = 'part-count-mismatch:meta';
  // real: 荣成市上庄镇 2022
  const shangzhuang =
    '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《山东省政府信息公开规定》(以下简称《规定》)要求,现公布荣成市上庄镇人民政府2022年度政府信息公开工作报告。内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况等,并附2022年度荣成市上庄镇人民政府信息公开情况统计表。本年度报告中所列数据的统计期限从2022年1月1日到12月31日止。';
  it('is read as the report’s list: five parts and 等, 其他需要报告的事项 left out (real: 荣成市上庄镇 2022)', () => {
    expect(messageOf(withPreface(shangzhuang, 2022), KEY)).toBe(
      '列出的组成部分“总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况等”以“等”结束，但仍缺少「六、其他需要报告的事项」：年度报告格式规定为 6 个部分，请核对',
    );
  });
  it('is silent when the list names the six parts (real: 微山县两城镇 2020, 其它需要报告事项)', () => {
    expect(
      keys(
        withPreface(shangzhuang.replace('改进情况等,', '改进情况、其他需要报告的事项等,'), 2022),
      ),
    ).not.toContain(KEY);
    const liangcheng =
      '本报告是根据《中华人民共和国政府信息公开条例》要求,由两城镇编制。内容包括政府信息公开总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在主要问题和改进情况、其它需要报告事项等部分组成。';
    expect(keys(withPreface(liangcheng, 2020))).not.toContain(KEY);
  });
  it('is silent for a sentence listing what was published (no parts named)', () => {
    const published =
      '现公布本镇2022年度政府信息公开工作报告。内容包括机构职能、领导信息、政策文件、工作动态等。';
    expect(keys(withPreface(published, 2022))).not.toContain(KEY);
  });
});

describe('the 2019 notice cited by its title with words lost, in a year of the 2021 format', () => {
  // real: 福州市人民政府外事办公室 2023
  const fuzhou =
    '根据《中华人民共和国政府信息公开条例》(下称“《条例》”)、国务院办公厅公开办《关于政府信息公开年度报告有关事项的通知》要求,福州市人民政府外事办公室编制完成本报告。';
  it('is said once, as the notice of other years (real: 福州市外事办 2023)', () => {
    const report = withPreface(fuzhou, 2023);
    expect(messageOf(report, 'notice-citation-wrong:meta:2019-60')).toBe(
      '文中引用的《关于政府信息公开年度报告有关事项的通知》是国办公开办函〔2019〕60号《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（名称不全），适用于2019—2020年度的报告，2023年度的报告应依据国办公开办函〔2021〕30号',
    );
    expect(keys(report)).not.toContain('notice-citation-unknown:meta:title-2019-60');
  });
  it('is said as the title short of its words in a year the notice is for', () => {
    const report = withPreface(fuzhou, 2020);
    expect(keys(report)).toContain('notice-citation-unknown:meta:title-2019-60');
    expect(keys(report)).not.toContain('notice-citation-wrong:meta:2019-60');
  });
  it('is silent when the year’s notice is cited whole', () => {
    const right = fuzhou.replace(
      '国务院办公厅公开办《关于政府信息公开年度报告有关事项的通知》',
      '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)',
    );
    const found = keys(withPreface(right, 2023));
    expect(found.filter((k) => k.startsWith('notice-citation'))).toEqual([]);
  });
});

describe('a paragraph of 总体情况 on 主动公开 opening with its area (`主动公开方面,`)', () => {
  const KEY = 'proactive-count-missing:overview';
  // real: 西城区金融街街道 2025
  const jinrongjie = [
    '2025 年,金融街街道严格遵循《政府信息公开条例》,持续深化政府信息公开工作。',
    '组织领导方面,进一步强化政府信息公开工作领导小组统筹职能,全年线下查阅点接待群众咨询 86 人次,提供信息查询服务 123 次。',
    '主动公开方面,聚焦群众关切的民生保障、城市管理、政策解读等 44 项服务内容,通过多元化渠道扩大信息覆盖面。全年组织政务宣传活动 12 场,覆盖辖区居民及企业代表 3000 余人次;制作政策解读短视频 8 条、图文解读材料 25 份,累计阅读量超 5 万人次,有效提升政策知晓率。',
    '依申请公开方面,优化闭环流程,确保申请办理规范高效。全年未出现超期答复情况,答复满意度达 96%。',
    '政府信息管理方面,完善信息分类分级标准,完成 1200 余条存量信息梳理归档。',
  ].join('\n');
  it('is warned with no count of information published: service items and videos made are none (real: 金融街街道 2025)', () => {
    expect(messageOf(withOverview(jinrongjie, 2025), KEY)).toBe(
      '总体情况的“主动公开方面”一段只写了公开的内容和做法，没有写本年主动公开了多少条政府信息，请补充',
    );
  });
  it('is silent when the paragraph counts what was published', () => {
    for (const counted of [
      '通过多元化渠道扩大信息覆盖面。全年主动公开政府信息 156 条。',
      // real: 连湖街道 2025, 解读 a kind listed with the count said by 发布
      '通过多元化渠道扩大信息覆盖面。累计发布街道动态、政策解读等各类信息157条。',
      // real: 静安区 2023, the interpretations given counted
      '通过多元化渠道扩大信息覆盖面。累计开展各类形式的政策解读93次。',
    ])
      expect(
        keys(withOverview(jinrongjie.replace('通过多元化渠道扩大信息覆盖面。', counted), 2025)),
      ).not.toContain(KEY);
  });
  it('is silent when the paragraph is the excerpt’s last (the count may follow)', () => {
    const cut = jinrongjie.slice(0, jinrongjie.indexOf('\n依申请公开方面'));
    expect(keys(withOverview(cut, 2025))).not.toContain(KEY);
  });
  it('is silent in the clean report', () => {
    expect(keys(clean2021.report)).not.toContain(KEY);
  });
});

describe('the old regulation’s fees item under 总体情况', () => {
  const KEY = 'overview-item-off-topic:overview';
  it('is silent in the 2019 format, whose 六 asks nothing of fees (real: 阳城县横河镇 2020)', () => {
    const henghe = imported(realText('621-yangcheng-henghe-2020.txt'));
    expect(henghe.formatId).not.toBe(clean2021.report.formatId);
    expect(henghe.narrative.overview).toContain('(三)政府信息公开的收费及减免情况');
    expect(keys(henghe)).not.toContain(KEY);
  });
  it('is warned in the 2021 format, whose 六 tells the fees (the same text in a 2022 report)', () => {
    const henghe = imported(realText('621-yangcheng-henghe-2020.txt'));
    const overview = henghe.narrative.overview ?? '';
    expect(messageOf(withOverview(overview, 2022), KEY)).toContain(
      '“(三)政府信息公开的收费及减免情况”是2019年条例修订前旧年报的栏目',
    );
  });
});

describe('a list of parts naming the old fees part joined to 其他需要报告的事项 by 及', () => {
  it('quotes the old part alone (real: 昌江区信访局 2022)', () => {
    const preface =
      '全文由总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,复议、诉讼和申诉情况,政府信息公开的支出和收费情况及其他需要报告的事项等六个部分组成。';
    expect(messageOf(withPreface(preface, 2022), 'part-count-mismatch:meta')).toContain(
      '列出的组成部分“政府信息公开的支出和收费情况”是2019年条例修订前的旧年报结构',
    );
  });
});
