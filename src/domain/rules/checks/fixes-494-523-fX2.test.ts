import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** What the texts 494–523 showed, mended after their measure (stop 32). */

describe('a 其中 list with a sub-whole and its own parts', () => {
  const sum = (overview: string) =>
    messageOf(withOverview(overview), 'parts-sum-mismatch:overview');
  const guali =
    '2024年,我镇依申请公开政府信息共收到37件,其中33件已办结,答复27件,主动撤回6件。按申请方式分:当面申请4件,通过网络提交申请10件,邮寄申请23件。';

  it('reads the part its last parts add up to as their whole (real: 瓜沥镇 2024, 33 = 27 + 6)', () => {
    expect(sum(guali)).toBeUndefined();
  });

  it('still tells parts that exceed the whole once the sub-whole is read', () => {
    // 33 = 27 + 6, yet 33 + 5 = 38 of 37, after the sub-whole's parts or before it.
    expect(sum(guali.replace('主动撤回6件。', '主动撤回6件,正在办理5件。'))).toContain('37件');
    expect(sum(guali.replace('其中33件已办结,', '其中5件正在办理,33件已办结,'))).toContain('37件');
    // The last parts do not add up to the one before them: 66 of 37.
    expect(sum(guali.replace('主动撤回6件', '主动撤回5件'))).toContain('27 + 5');
  });

  it('is no sub-whole matched by parts in the middle of the list (real: 富鸣集团 2023)', () => {
    // 37 = 27 + 4 + 6 by chance; 2 and 1 follow: 78 of 77.
    expect(
      sum(
        '2023年,我集团在南宁市武鸣区政府门户网站发布信息77条,其中年度工作报告1条,招标投标信息37条,国有资产交易信息27条,部门动态信息4条,公告公示信息6条,人大代表建议和政协提案办理公开2条,机构职能1条。',
      ),
    ).toContain('= 78条');
  });

  it('is no sub-whole as large as the whole: the whole said again (real wording of 张楼乡 2023)', () => {
    expect(
      sum(
        '通过网站主动公开政务信息194条。其中信息公开目录信息194条,概况类信息67条,政务动态信息127条。',
      ),
    ).toContain('194条');
  });
});

describe('a list of the report’s parts ending in 等 (stop 32 decided)', () => {
  const part = (preface: string) => messageOf(withPreface(preface), 'part-count-mismatch:meta');
  const yanan =
    '本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制而成。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况,存在的主要问题及改进情况等。报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。';

  it('naming five of the six, 其他需要报告的事项 left out, is short (real: 延安高新区 2022)', () => {
    expect(part(yanan)).toContain('以“等”结束，但仍缺少「六、其他需要报告的事项」');
    // 组成 and 部分 (real: 深圳市交通运输局 2021, 孝感市研究室 2019).
    expect(
      part(
        '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况等部分组成,数据统计周期自2021年1月1日起至2021年12月31日止。',
      ),
    ).toContain('「六、其他需要报告的事项」');
  });

  it('naming all six before 等, or no list of the parts, is silent', () => {
    expect(part(yanan.replace('改进情况等', '改进情况、其他需要报告的事项等'))).toBeUndefined();
    // The overview's areas ending in 等: no list of the report's parts.
    expect(
      keys(
        withPreface(
          '本报告依据《条例》编制。总体情况主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面内容。',
        ),
      ),
    ).not.toContain('part-count-mismatch:meta');
  });
});
