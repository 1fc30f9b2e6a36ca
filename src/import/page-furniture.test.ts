import { describe, expect, it } from 'vitest';
import { isFurnitureAfterDate, isFurnitureLine } from './page-furniture';
import { readFrontMatter } from './read-front-and-signature';

describe('a page’s furniture on lines of its own', () => {
  it('properties, counters, buttons and an index number, as the corpus’s pages print them', () => {
    for (const line of [
      // 城中区文体旅游科技局 2023, 宽城 2023, 廊坊市 2021, 防城港市大数据局 2024.
      '2024-01-11 15:04  点击:[] 来源:区文体旅游科技局',
      '2024-01-26 10时25分浏览次数:',
      '2022年01月27日 来源: 廊坊市政府信息公开平台 作者: 字体:  ',
      '2025-02-14 08:50     来源:防城港市大数据和行政审批局',
      // 鹤庆县 2019, 曾都区何店镇 2021, 辽宁省财政厅 2021: a list's marks, brackets.
      '  • 【字体: 大  中 ',
      '  • 【打印文本】',
      '  • 信息来源:何店镇人民政府',
      '  • 编辑:省财政厅办公室',
      // 湟源县 2021, 邓州市张楼乡 2023, 平陆县 2021, 会宁县 2021: several properties run on.
      '阅读次数:0次    发布者:admin    发布日期:2022-01-14',
      '录入人员: zlxzwgk 发布时间: 2024-01-19 访问次数:',
      '投稿:huoruiqi  来源:时间:2022年02月20日',
      '栏目:政府信息公开年报来源:会宁县工业和信息化局',
      '作者:日期:2022-01-14',
      // 赣州市东街 2023: labels without colons, a label without its value.
      '关键词 发布机构 政务服务管理局',
      '生成日期 2024-01-26 15:35:23 是否有效',
      '[ 成文日期 ] [ 发布日期 ] 2022-01-27',
      // 平阴县卫生健康局 2024, 钦北区大垌镇 2023, 兴庆区 2023: buttons and share targets.
      '113701243072282028/2025-6626482',
      '打印整页 打印内容 分享',
      '收藏 我要收藏 公共资源调用站点 文章分享',
      '微博 空间 qq',
      '保护视力色:          字体颜色: 【      绿】         恢复默认',
      '  • 扫一扫在手机打开当前页',
      // 上海普陀 宜川路街道 2020: the source with a space after its colon.
      '2021年01月29日 来源: 上海普陀上海市普陀区宜川路街道办事处',
      // 阿合奇县人民政府办公室 2020: a property table, its labels spaced to the column's width,
      // several label and value pairs on a line, the keywords a list of words.
      '索  引  号 AHQ1001-2021-000071 主题分类 机关事务',
      '名        称 阿合奇县人民政府办公室2020年政府信息公开工作年度报告',
      '主  题  词 阿合奇县 人民政府 政府办公室 2020 政府信息公开 信息公开工作 年度报告 成文日期 2021-01-30 00:00',
      '文        号 〔〕号 发布日期 2021-01-30 18:31',
      '发文单位 阿合奇县人民政府 发布机构 阿合奇县人民政府',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });

  it('not a sentence, a heading, a period of dates or a name alone (counterexamples)', () => {
    for (const line of [
      // The preface (real: 鹤庆县 2019's), and a short one without a full stop.
      '根据《中华人民共和国政府信息公开条例》的有关规定,编制鹤庆县2019年度政府信息公开工作年度报告',
      '现将有关情况报告如下',
      // A heading, a title printed again, an addressee.
      '一、总体情况',
      '2020年政府信息公开工作年度报告',
      '昭通市人民政府办公室:',
      // A period, and a date with words that are not a page's (`修订`, a weekday).
      '2023年1月1日 至 2023年12月31日',
      '2021年1月27日修订',
      '2022-01-20 星期四 阅读次数',
      // A name alone (the agency above the title, read by the title's reader), and empty.
      '宽城满族自治县人民政府办公室',
      // Words before a label are not its value; a spaced label's words stay apart in a heading.
      '阿合奇县 人民政府 主题词 年度报告',
      '名 单 公 示',
      '',
    ])
      expect(isFurnitureLine(line), line).toBe(false);
  });

  it('after a date: the publisher, the source, counters and buttons, never another date', () => {
    expect(isFurnitureAfterDate('')).toBe(true);
    expect(isFurnitureAfterDate(' 15:04  点击:[] 来源:区文体旅游科技局')).toBe(true);
    expect(isFurnitureAfterDate('   伊宁县人民政府办公室')).toBe(true);
    expect(isFurnitureAfterDate('来源:1')).toBe(true);
    expect(isFurnitureAfterDate(' 至 2023年12月31日')).toBe(false);
    expect(isFurnitureAfterDate(' 发布日期:2024-01-30')).toBe(false);
    expect(isFurnitureAfterDate('修订')).toBe(false);
  });

  it('none of it is kept as the preface (real: 辽宁省财政厅 2021, 城中区文体旅游科技局 2023)', () => {
    const liaoning = readFrontMatter([
      '辽宁省财政厅2021年政府信息公开工作年度报告',
      '  • 发布时间:2022年01月26日',
      '  • 编辑:省财政厅办公室',
      '  • 来源:省财政厅',
      '2021年,辽宁省财政厅深入贯彻落实《中华人民共和国政府信息公开条例》《辽宁省政府信息公开规定》及相关文件要求,紧紧围绕经济社会发展和群众关注关切,大力推进政务公开工作取得实效。',
    ]);
    expect(liaoning.preface).toEqual([
      '2021年,辽宁省财政厅深入贯彻落实《中华人民共和国政府信息公开条例》《辽宁省政府信息公开规定》及相关文件要求,紧紧围绕经济社会发展和群众关注关切,大力推进政务公开工作取得实效。',
    ]);
    const chengzhong = readFrontMatter([
      '设为首页  |  加入收藏',
      '站内搜索:',
      '西宁市城中区文体旅游科技局2023年政府信息公开工作年度报告',
      '2024-01-11 15:04  点击:[] 来源:区文体旅游科技局',
    ]);
    expect(chengzhong.preface).toEqual([]);
  });
});
