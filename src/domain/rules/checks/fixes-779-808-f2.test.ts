import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses and a false warning of the measure of 779–808 mended after it (stop 36, helper f2), from
 * the real wording.
 */

const GARBLED = 'phrase-garbled:overview';

describe('a phrase cut before its last character (phrase-garbled)', () => {
  it('reads `规范性文3份` as 规范性文件 (real: 儋州市人民政府办公室 2023)', () => {
    const danzhou =
      '(一)主动公开方面。2023年,市政府办公室共发布规范性文件5份,清理废止规范性文3份。\n(二)依申请公开方面。全年未收到申请。';
    expect(messageOf(withOverview(danzhou, 2023), GARBLED)).toContain('规范性文件');
  });
  it('reads `政务新媒公开` as 政务新媒体 (real: 宁县卫生健康局 2023)', () => {
    const ningxian =
      '(二)政务新媒公开方面。2023年,“健康宁县”微信公众号累计发布工作动态、预警信息、健康知识共130条。';
    expect(messageOf(withOverview(ningxian, 2023), GARBLED)).toContain('新媒体');
  });
  it('is silent on the whole words and on the words they make (corpus wording)', () => {
    const whole =
      '(一)主动公开。共发布规范性文件5份,清理规范性文件3件;规范性文本统一格式。\n(二)政务新媒体。通过政务新媒体发布信息130条,借助新媒介传播。';
    expect(keys(withOverview(whole, 2023))).not.toContain(GARBLED);
  });
  it('is silent where an excerpt is cut inside the word', () => {
    expect(keys(withOverview('(二)平台建设。加强政务新媒', 2023))).not.toContain(GARBLED);
  });
});

describe('发挥 with its slogan and no role after it (phrase-garbled)', () => {
  it('reads `发挥以公开促落实、强监管,` (real: 儋州市人民政府办公室 2023)', () => {
    const danzhou =
      '2023年,儋州市人民政府办公室紧扣各项工作要求深化政务公开,更好地发挥以公开促落实、强监管,不断提升公开精准度和政府透明度。';
    const message = messageOf(withOverview(danzhou, 2023), GARBLED);
    expect(message).toContain('发挥以公开促落实、强监管的作用');
    expect(message).toContain('缺宾语');
  });
  it('reads `发挥以公开促落实、以公开强监管,` (real: 凤岗镇 2023)', () => {
    const fenggang =
      '大力推进政府信息公开透明运行,充分发挥以公开促落实、以公开强监管,全面提升工作质效。';
    expect(keys(withOverview(fenggang, 2023))).toContain(GARBLED);
  });
  it('is silent when the role is there (corpus wording)', () => {
    const right = [
      '充分发挥以公开促落实、强监管的功能,推进政务公开。',
      '发挥以公开促落实、强监管职能。',
      '发挥以公开促落实、优服务、强监管的作用。',
      '发挥以公开促落实、强化监管功能,推进政务公开。',
      '发挥了以公开促落实、促规范、促服务作用,成效明显。',
    ].join('\n');
    expect(keys(withOverview(right, 2023))).not.toContain(GARBLED);
  });
  it('is silent where an excerpt is cut inside the clause', () => {
    expect(keys(withOverview('更好地发挥以公开促落实、强监管', 2023))).not.toContain(GARBLED);
  });
});

describe('an agency naming itself by its kind alone (phrase-garbled)', () => {
  it('reads `2019年,局认真学习贯彻` (real: 芜湖市数据资源管理局 2019)', () => {
    const wuhu =
      '2019年,局认真学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神,各项工作稳步推进、扎实有效。';
    expect(messageOf(withOverview(wuhu, 2019), GARBLED)).toContain('我局认真');
  });
  it('reads `。委高度重视` (real: 荣昌区商务委员会 2019)', () => {
    const rongchang = '1、强化组织领导。委高度重视政府信息公开工作坚持常抓不懈有序推进。';
    expect(messageOf(withOverview(rongchang, 2019), GARBLED)).toContain('我委高度');
  });
  it('is silent on 我局, 局办公室, 局领导 and a centre named in short (corpus wording)', () => {
    const right = [
      '2019年,我局认真学习贯彻党的十九大精神。',
      '(一)主动公开。局办公室负责政府信息公开工作,局领导高度重视。',
      '(三)政府信息管理。中心严格按照“三审三校”要求审核信息。',
      '市办始终坚持公开为常态。',
    ].join('\n');
    expect(keys(withOverview(right, 2019))).not.toContain(GARBLED);
  });
});

describe('a notice’s title `关于…通知》` without its 的 (phrase-garbled)', () => {
  it('reads `…任务分工通知》` (real: 芜湖市数据资源管理局 2019)', () => {
    const wuhu =
      '(一)主动公开情况。市数据资源管理局按照《芜湖市政务公开办公室关于印发2019年政务公开重点工作任务分工通知》,完成数据资源管理领域政务公开重点工作任务。';
    expect(messageOf(withOverview(wuhu, 2019), GARBLED)).toContain('任务分工的通知》');
  });
  it('is silent on titles with their 的, a supplement, or opinions (corpus wording)', () => {
    const right = [
      '按照《芜湖市人民政府办公室关于印发2019年芜湖市政务公开工作要点的通知》要求,',
      '根据《关于进一步做好政务公开工作的补充通知》《关于全面推进政务公开工作的实施意见》,',
      '落实《关于做好防汛工作的紧急通知》。',
    ].join('');
    expect(keys(withOverview(right, 2019))).not.toContain(GARBLED);
  });
});

describe('a site’s name ending in 网 followed by 网站 (phrase-garbled, a false warning)', () => {
  it('is silent on `黎平县人民政府网网站` (real: 黎平县德凤街道 2019)', () => {
    const liping =
      '本报告电子版可在黎平县人民政府网网站政府信息公开专栏下载(链接:http://www.lp.gov.cn/zfxxgk/ )。';
    expect(keys(withPreface(liping, 2019))).not.toContain('phrase-garbled:meta');
  });
  it('still reads a site’s name with a word doubled', () => {
    const doubled = '本报告电子版可在黎平县人民政府政府网站政府信息公开专栏下载。';
    expect(keys(withPreface(doubled, 2019))).toContain('phrase-garbled:meta');
  });
});

describe('a sub-heading of 总体情况 with its words out of order (overview-subheading-garbled)', () => {
  const SUBHEADING = 'overview-subheading-garbled:overview';
  it('reads `(一)政府主动信息公开` (real: 湖南省生态环境厅 2024)', () => {
    const hunan =
      '(一)政府主动信息公开。公布规范性文件。发布《湖南省突发环境事件应急预案管理办法(修订版)》等政策文件。\n(二)依申请公开。全年收到申请10件。';
    expect(messageOf(withOverview(hunan, 2024), SUBHEADING)).toContain('政府信息主动公开');
  });
  it('is silent on the long forms written right (corpus wording)', () => {
    const right =
      '(一)政府信息主动公开情况。全年主动公开政府信息58条。\n(二)依申请公开政府信息情况。全年收到申请10件。\n(三)主动公开政府信息。公开文件5件。';
    expect(keys(withOverview(right, 2024))).not.toContain(SUBHEADING);
  });
});
