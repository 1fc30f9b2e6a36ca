import { perText } from '../../format/memo';
import { compactText } from '../../format/text';
import { defineCheck } from '../check-context';
import { textsOf } from '../support';

/**
 * One 栏目 said to have published two different counts (SPEC §4.5; real: 杨凌示范区审计局 2022,
 * `通过示范区管委会网站审计信息栏目公开信息20条` in （一） and `全年通过审计信息专栏公开政府信息16条`
 * in （四）). Only a count of all the information of the 栏目 (`公开（政府）信息N条`), not of one
 * kind of it (`发布规范性文件5件`).
 */
const THROUGH =
  /通过([^，,。；;：:“”]{2,24}?)(?:栏目|专栏)(?:共|累计|共计)?(?:公开|发布)(?:了)?(?:政府|政务)?信息(\d+)条/g;
/** A 栏目 is named by its last words (`…网站审计信息栏目` and `审计信息专栏` are one). */
const KEY_LENGTH = 4;
const MIN_KEY = 3;

const channelCountsIn = perText((_, analysed) =>
  [...compactText(analysed).matchAll(THROUGH)].map((m) => ({
    name: m[1] ?? '',
    count: Number(m[2]),
    text: m[0],
  })),
);

const sameChannel = (a: string, b: string): boolean => {
  const x = a.slice(-KEY_LENGTH);
  const y = b.slice(-KEY_LENGTH);
  const shorter = x.length <= y.length ? x : y;
  return shorter.length >= MIN_KEY && (x.endsWith(y) || y.endsWith(x));
};

export const channelCountCheck = defineCheck({
  id: 'channel-count-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '同一栏目的公开数前后不一',
  run(ctx) {
    const seen: { name: string; count: number; text: string }[] = [];
    for (const text of textsOf(ctx)) {
      for (const said of channelCountsIn(text)) {
        const other = seen.find((s) => sameChannel(s.name, said.name) && s.count !== said.count);
        if (other) {
          return [
            {
              fields: [text.field],
              section: text.section,
              message: `文中先说“${other.text}”，又说“${said.text}”：同一栏目的公开数前后不一，请核对`,
            },
          ];
        }
        seen.push(said);
      }
    }
    return [];
  },
});
