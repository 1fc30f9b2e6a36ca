import { perText, someParagraph } from '../../format/memo';
import { compactText } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';

/**
 * The information made or obtained, split into its three kinds, that do not add up (SPEC §4.5
 * parts and whole; real: 平潭 财政金融局 2021, `制作、获取政府信息总数510条，其中主动公开政府信息198条，
 * 依申请公开信息数142条，不予公开信息数137条` — 477). The three kinds are the whole by definition:
 * every piece of information is published, given on request or withheld.
 */
const SPLIT =
  /(?:制作|获取)[^。；]{0,12}?总数(?:为|共)?(\d+)条[，,]其中主动公开[^\d。；]{0,10}?(\d+)条[，,、]依申请公开[^\d。；]{0,10}?(\d+)条[，,、](?:不予公开|不公开)[^\d。；]{0,10}?(\d+)条/;

/** A sentence with such a split: `info-total-parts-mismatch` tells its sum, not `parts-sum`. */
export const isThreeKindsSplit = (sentence: string): boolean => SPLIT.test(sentence);

/**
 * The first such split of a text, read once per text; none in a text no line of which has
 * `其中主动公开` (every split has it, in one line).
 */
const splitIn = perText((_, analysed) =>
  maySplit(analysed) ? SPLIT.exec(compactText(analysed)) : null,
);
const maySplit = someParagraph('其', (_, analysed) =>
  compactText(analysed).includes('其中主动公开'),
);

export const infoTotalCheck = defineCheck({
  id: 'info-total-parts-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '政府信息总数与三类之和不符',
  run(ctx) {
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      const m = splitIn(text);
      if (!m) continue;
      const [total, active, onRequest, withheld] = [m[1], m[2], m[3], m[4]].map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const sum = active + onRequest + withheld;
      if (sum === total) continue;
      found.push({
        target: section,
        fields: [field],
        section,
        message: `文中政府信息总数为 ${total} 条，但主动公开 ${active} + 依申请公开 ${onRequest} + 不予公开 ${withheld} = ${sum} 条，相差 ${Math.abs(total - sum)} 条`,
      });
    }
    return found;
  },
});
