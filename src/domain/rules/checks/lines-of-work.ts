/**
 * A department's lines of work, each by the words reports use for it (its own and short forms) and
 * what a department's name holds when the line is its own (`人社` → `…人力资源和社会保障局`, `…人社局`).
 * One table for the checks that find one department's line in another body's report: a government's
 * or township's speaking of one line as its whole work (`other-line-of-work`), and a department's
 * naming another's (`other-agency-in-text`).
 */
interface LineOfWork {
  /** The words for the line, the longer form first (the order an alternation tries them in). */
  readonly words: readonly string[];
  /** What a department's name holds when the line is its own. */
  readonly name: RegExp;
  /**
   * Named as a government's or township's whole work in reports copied from that department
   * (`立足全镇发展改革工作实际`); the lines not so (财政, 税务, 公安, 司法) are read by those checks
   * only where they say so.
   */
  readonly governmentsLine: boolean;
}

const LINES: readonly LineOfWork[] = [
  { words: ['发展改革', '发改'], name: /发展和?改革|发改/, governmentsLine: true },
  { words: ['教育'], name: /教育/, governmentsLine: true },
  { words: ['卫生健康', '卫健'], name: /卫生|卫健/, governmentsLine: true },
  { words: ['民政'], name: /民政/, governmentsLine: true },
  { words: ['统计'], name: /统计/, governmentsLine: true },
  { words: ['审计'], name: /审计/, governmentsLine: true },
  { words: ['交通运输'], name: /交通/, governmentsLine: true },
  { words: ['自然资源'], name: /自然资源|国土/, governmentsLine: true },
  { words: ['生态环境'], name: /生态环境|环境保护|环保/, governmentsLine: true },
  { words: ['住房和城乡建设', '住建'], name: /住房|住建|建设/, governmentsLine: true },
  { words: ['农业农村'], name: /农业/, governmentsLine: true },
  { words: ['水利'], name: /水利|水务/, governmentsLine: true },
  { words: ['商务'], name: /商务/, governmentsLine: true },
  { words: ['文化旅游', '文旅'], name: /文化|文旅|旅游/, governmentsLine: true },
  { words: ['应急管理'], name: /应急/, governmentsLine: true },
  { words: ['市场监管'], name: /市场监督|市场监管/, governmentsLine: true },
  { words: ['人力资源和社会保障', '人社'], name: /人力资源|人社/, governmentsLine: true },
  { words: ['医疗保障', '医保'], name: /医疗保障|医保/, governmentsLine: true },
  { words: ['林业'], name: /林业|林草/, governmentsLine: true },
  { words: ['退役军人事务'], name: /退役军人/, governmentsLine: true },
  // Since a fix of stop 60 after the measure of 2441–2485: the offices' line (`机关事务管理工作`, real: 2463
  // 退役军人事务局 2019, copied from a 机关事务局's report), read in a department's report only.
  { words: ['机关事务'], name: /机关事务/, governmentsLine: false },
  { words: ['财政'], name: /财政/, governmentsLine: false },
  { words: ['税务'], name: /税务/, governmentsLine: false },
  { words: ['公安'], name: /公安/, governmentsLine: false },
  { words: ['司法'], name: /司法/, governmentsLine: false },
];

/** The words of the lines a government's report may copy as its whole work, as an alternation. */
export const GOVERNMENTS_LINE_WORDS = `(?:${LINES.filter((l) => l.governmentsLine)
  .flatMap((l) => l.words)
  .join('|')})`;

/** Every line's words, each with what a department's name holds when the line is its own. */
export const LINE_NAME: ReadonlyMap<string, RegExp> = new Map(
  LINES.flatMap((l) => l.words.map((w) => [w, l.name] as const)),
);
