import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '@/import/read-front-and-signature';
import {
  importedMessage,
  importedReport,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/** Misses of the measure of 1349–1378 mended after it (stop 42, helper f3), from the real wording. */

describe('the report’s name with 公开工作 lost (report-name-garbled)', () => {
  const KEY = 'report-name-garbled:meta';
  it('flags `做好本单位政府信息年度报告的编制工作` (real: 侯家庄乡 2021)', () => {
    const preface =
      '按照上级文件要求,侯家庄乡人民政府结合工作实际,做好本单位政府信息年度报告的编制工作,认真对全年政府信息公开工作情况进行总结。';
    expect(messageOf(withPreface(preface, 2021), KEY)).toContain('政府信息年度报告');
    expect(importedMessage(realText('1362-neiqiu-houjiazhuang-2021.txt'), KEY)).toContain(
      '政府信息年度报告',
    );
  });
  it('stays silent on last year’s report in a list (`2020年政府信息工作报告1条`, phrase-garbled’s)', () => {
    const text =
      '2021年,广汉市应急管理局总共公开政府信息352条,其中:工作动态公开145条;2020年政府信息工作报告1条。';
    expect(keys(withOverview(text, 2021))).not.toContain('report-name-garbled:overview');
    expect(keys(importedReport(realText('1260-guanghan-yjj-2021.txt')))).not.toContain(
      'report-name-garbled:overview',
    );
  });
});

describe('the report presented as a 情况报告 after 公布 (report-name-garbled)', () => {
  const KEY = 'report-name-garbled:meta';
  it('flags `现公布花甸镇2022年度政府信息公开工作情况报告如下` (real: 花甸镇 2022)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》规定,现公布花甸镇2022年度政府信息公开工作情况报告如下';
    expect(messageOf(withPreface(preface, 2022), KEY)).toContain('政府信息公开工作情况报告');
    expect(importedReport(realText('1378-jian-huadian-2022.txt')).meta.year).toBe(2022);
    expect(keys(importedReport(realText('1378-jian-huadian-2022.txt')))).toContain(KEY);
  });
  it('stays silent on `现将…工作情况报告如下` (报告 the verb), after 编制 too (real: 兰州市 2020)', () => {
    expect(keys(withPreface('现将2022年度政府信息公开工作情况报告如下:', 2022))).not.toContain(KEY);
    expect(
      keys(
        withPreface(
          '根据各部门的政府信息公开工作报告编制此报告现将兰州市2020年政府信息公开工作情况报告如下:',
          2020,
        ),
      ),
    ).not.toContain(KEY);
  });
});

describe('the report presented with the year before 年度 lost (report-name-garbled)', () => {
  const KEY = 'report-name-garbled:overview';
  it('flags `特向社会公开年度东岗镇政府信息公开年度报告` (real: 东岗镇 2020)', () => {
    const text =
      '按照上级文件的有关规定,特向社会公开年度东岗镇政府信息公开年度报告。本报告信息数据统计期限为:2020年1月1日—2020年12月31日。';
    expect(messageOf(withOverview(text, 2020), KEY)).toBe(
      '文中的报告名称“年度东岗镇政府信息公开年度报告”在“年度”前缺年份，名称也缺“工作”，应为“2020年…政府信息公开工作年度报告”，请补上',
    );
    expect(keys(importedReport(realText('1375-fusong-donggang-2020.txt')))).toContain(KEY);
  });
  it('stays silent on `本年度` and on the year written', () => {
    for (const text of [
      '特向社会公开本年度东岗镇政府信息公开工作年度报告。',
      '特向社会公开2020年度东岗镇政府信息公开工作年度报告。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(KEY);
  });
});

describe('the report named rightly, then presented as a 政务公开工作报告 (report-name-garbled)', () => {
  const KEY = 'report-name-garbled:meta';
  it('flags `特编制2023年度…工作年度报告。现将我镇政务公开工作报告如下` (real: 新公中镇 2023)', () => {
    const preface =
      '结合我镇工作实际,特编制2023年度新公中镇政府信息公开工作年度报告。现将我镇政务公开工作报告如下:所列数据统计期限为2023年1月1日至2023年12月31日。';
    expect(messageOf(withPreface(preface, 2023), KEY)).toContain('政务公开工作报告');
    expect(keys(importedReport(realText('1374-wuyuan-xingongzhong-2023.txt')))).toContain(KEY);
  });
  it('stays silent on `现将我局政务公开工作报告如下` alone (real: 乌海市工信局 2020)', () => {
    const preface = '扎实开展2020年政务公开各项工作。现将我局政务公开工作报告如下。';
    expect(keys(withPreface(preface, 2020))).not.toContain(KEY);
  });
});

describe('the title printed again with its name split by the year (report-name-garbled)', () => {
  const KEY = 'report-name-garbled:meta';
  const title = '2020年高新区(新市区)政府信息公开工作年度报告';
  const again = '高新区(新市区)政府2020年信息公开工作年度报告';
  const preface =
    '根据《中华人民共和国政府信息公开条例》规定,现将2020年政府信息公开工作情况汇报如下:';
  it('reads the line under the title (real: 高新区(新市区) 2020)', () => {
    expect(readFrontMatter([title, again, preface]).titleAgainName).toBe(again);
    expect(importedMessage(realText('1372-urumqi-xinshi-2020.txt'), KEY)).toBe(
      '标题下又印了一行标题“高新区(新市区)政府2020年信息公开工作年度报告”，与上一行标题不一致：年份“2020年”把报告名称“政府信息公开工作年度报告”拆开了，请删去这一行或改为与标题一致',
    );
  });
  it('is silent on the title printed again the same, or a title short itself (titleName’s)', () => {
    expect(readFrontMatter([title, title, preface]).titleAgainName).toBeUndefined();
    expect(
      readFrontMatter(['2020年高新区政府信息公开年度报告', again, preface]).titleAgainName,
    ).toBeUndefined();
  });
});

describe('a cited title’s year lost between a name and 年 (date-characters-missing)', () => {
  const KEY = 'date-characters-missing:overview';
  it('flags `《抚松县年政务公开工作要点及重点任务分工》` (real: 东岗镇 2020)', () => {
    const text =
      '按照《关于印发《抚松县年政务公开工作要点及重点任务分工》的通知》(抚政办发〔2020〕9号)文件的有关规定,编制本报告。';
    expect(messageOf(withOverview(text, 2020), KEY)).toBe(
      '文中“抚松县年政务公开工作要点及重点任务分工”的“年”前缺年份数字，请补上年份（如“2020年”）',
    );
    expect(keys(importedReport(realText('1375-fusong-donggang-2020.txt')))).toContain(KEY);
  });
  it('stays silent on the year written, and on 年度 after a name', () => {
    for (const text of [
      '按照《抚松县2020年政务公开工作要点》的有关规定,编制本报告。',
      '按照我县年度政务公开工作要点,扎实推进各项工作。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(KEY);
  });
});

describe('a document number with its serial in the year’s bracket (notice-citation-unknown)', () => {
  const KEY = 'notice-citation-unknown:overview:broken-number';
  it('flags `(抚政办发【9号】)` (real: 东岗镇 2020)', () => {
    const text =
      '按照《关于印发《抚松县2020年政务公开工作要点及重点任务分工》的通知》(抚政办发【9号】)文件的有关规定,编制本报告。';
    expect(messageOf(withOverview(text, 2020), KEY)).toBe(
      '文号「抚政办发【9号】」缺年份：括号里应是年份，序号写在括号后，应是“抚政办发〔年份〕9号”的样式，请核对原文号',
    );
    expect(keys(importedReport(realText('1375-fusong-donggang-2020.txt')))).toContain(KEY);
  });
  it('stays silent on a whole number', () => {
    const text =
      '按照《关于印发《抚松县2020年政务公开工作要点及重点任务分工》的通知》(抚政办发〔2020〕9号)文件的有关规定,编制本报告。';
    expect(keys(withOverview(text, 2020))).not.toContain(KEY);
  });
});

describe('the overview opening with the year after the report’s (wrong-year-in-text)', () => {
  const KEY = 'wrong-year-in-text:overview:2022';
  it('flags `2022年,侯家庄乡人民政府严格按照…` in a 2021 report (real: 侯家庄乡 2021)', () => {
    const text =
      '2022年,侯家庄乡人民政府严格按照《中华人民共和国政府信息公开条例》的规定,认真落实省、市,县委、县政府信息公开工作的部署和要求,深入推进政府信息公开工作。\n(一)提高认识,加强领导';
    expect(messageOf(withOverview(text, 2021), KEY)).toBe(
      '2021年度的报告，总体情况开头写「2022年,侯家庄乡人民政府严格按照《中…」：讲的是本年度的工作，年份是否应为 2021 年？',
    );
    expect(keys(importedReport(realText('1362-neiqiu-houjiazhuang-2021.txt')))).toContain(KEY);
  });
  it('stays silent on plans for the next year, and on the year itself', () => {
    for (const [text, year] of [
      ['2022年,我乡将继续深入推进政府信息公开工作。', 2021],
      ['2022年,侯家庄乡人民政府计划进一步完善公开制度。', 2021],
      ['2021年,侯家庄乡人民政府严格按照条例的规定,深入推进政府信息公开工作。', 2021],
    ] as const)
      expect(keys(withOverview(text, year))).not.toContain(KEY);
  });
});
