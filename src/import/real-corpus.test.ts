import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text';

/**
 * Real published reports (templates/fixtures/real, see its README): every text is imported and
 * compared with the cells written down by hand. The bar (issue 12): at least 95 % of the cells
 * present in the texts land in the right cell, and no table whose cells are in the text comes
 * back empty without a word.
 */

const DIR = 'templates/fixtures/real';

interface Expected {
  readonly format: '2019' | '2021';
  readonly year: number | null;
  readonly agency: string | null;
  readonly reportDate: string | null;
  readonly cells: Readonly<Record<string, string>>;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

interface Outcome {
  readonly name: string;
  readonly expected: number;
  readonly right: number;
  readonly wrong: readonly string[];
  readonly extra: readonly string[];
  /** Tables whose cells are in the text but none was read, and no warning names the table. */
  readonly silentlyLost: readonly string[];
  /** Metadata that differs from what the text prints (format, year, agency, date). */
  readonly meta: readonly string[];
}

/**
 * Metadata the importer does not yet read as printed (measured on unseen reports before any
 * fix; each line is what the importer gave).
 */
const META_MISSED: readonly string[] = [
  // Since stop 45 (the lead's convention, templates/fixtures/real/README.md, "Stop 45: the agency a
  // preface names"): where no title or signature line prints the agency, the body the preface names
  // as the report's own is the agency, as printed (`现公布X2020年…报告`, `现将X…报告如下`, `特编制X…`, `本报告由X编制`,
  // `X(特此)编制(了)…年度报告`, `X编制了本报告`); a name with no body's word (a bare place, `乐平市`, `海口国家高新区`) or no
  // place (`我局`, `统计局`, `区统计局`) is none. 99 expectations set so, and the import reads the compiler's
  // shapes and the report's name with words between its year and 报告: every agency this list gave as
  // read from a preface and not expected, or expected and not read, is gone from it (042, 1208,
  // 1216, 1271, 1275, 1307, 1322, 1405, 1431, 1438, 1454, 1466, 1468, 1498, 1502, 1503, 1504, 1506,
  // 157, 227, 381, 385, 409, 470, 471, 485, 490, 491, 497, 522, 523, 525, 528, 531, 537, 543, 560,
  // 580, 583, 593, 603, 604, 693, 697, 702, 712, 730, 738, 763, 770). Left below: titles,
  // signatures, page properties and sentences of no such shape.
  // Since a fix of stop 40 after the measure of 1199–1258: a preface's report name with 政府 lost
  // (`特向社会公布峰江街道2021年度信息公开年度报告`, real: 峰江街道 2021, its gatherer's agency) is read.
  // 042, on the same site's layout (`特向社会公布螺洋街道2021年度信息公开年度报告`), was written before
  // the fixtures' convention took a preface's named body (its expectation none, its README row
  // 螺洋街道): the importer reads 螺洋街道 as for 1201; its expectation is for the lead to correct.
  // 1139–1168 (held out, measured once on e8efbfe, after the fixes of 1109–1138): 117 of 120 as the
  // gatherers wrote them, 118 with 1140's preface's bare `沌口街` set to none by the fixtures'
  // convention. 1143's page prints `信息来源:邵东市牛马司镇人民政府` under the title `邵东市牛马司镇2020年…`:
  // the importer takes a source line that adds 人民政府 (stop 38's decision on 1083 and 1096), its
  // gatherer the title. 1156 prints the title twice, `东河区2022年…` on the page and `包头市东河区2022年…`
  // over the text: the first, shorter, was taken. Since a fix of stop 39 after the measure of
  // 1139–1168, read: a title printed again on one line before the text's first sentence, the same
  // year, naming the first's place in full (places before it, or its government's or office's word
  // after it) gives the agency, as a signature's fuller name does. 617 (`西城区金融街街道2025年…` over
  // `北京市西城区金融街街道2025年政府` / `信息公开工作年度报告`) is not read so: its title printed again
  // is broken over two lines, and its gatherer wrote the page's title, as the importer reads it.
  '1143-shaodong-niumasi-2020.txt: agency “邵东市牛马司镇人民政府”',
  // 1199–1258 (held out, measured once on 4a86266): 1208's and 1216's prefaces name the report with
  // the bare place name (`现向社会公布乐平市2025年政府信息公开工作年度报告`, `现公布昭通市2024年政府信息
  // 公开工作年度报告`), their gatherers the place: none by the fixtures' convention (a preface's bare
  // place name, as 1060's, 1066's and 1093's), not read. Since a fix of stop 40 after the measure of
  // 1199–1258, read: 1201's `特向社会公布峰江街道2021年度信息公开年度报告` (政府 lost), 1243's `现将沙依
  // 巴克区人民政府2019年政府信息公开工作情况报告如下` (工作情况报告), and 1232's title under a page's
  // properties as bullets (`  • 主题分类:综合政务;卫生、计划生育、妇女儿童;`, not a sentence).
  // 1259–1273 (held out, measured once on 6887f3f, after the fixes of 1199–1258): 58 of 60 as the
  // gatherer wrote them. 1271 has no title or preface; its `现将凤山镇2024年度政府信息公开工作情况报告如下:`
  // printed under `一、总体情况` reads as the preface's sentence does (凤山镇), its gatherer none. 1273's
  // `滨湖街现将2021年度信息公开工作报告如下` names the body before 现将, not before the report's year.
  '1273-donghu-binhu-2021.txt: agency “”',
  // 1274–1288 (held out, measured once on bae01df, after every fix of the stop): 59 of 60 as the gatherer
  // wrote them, 60 by the fixtures' convention: 1275's preface `青岛市民政局编制了2022年政府信息公开工作年度报告`
  // names who compiled it, not the report (none, as `由…编制` is, 1006's way); its gatherer took the body.
  // 1289–1318 (held out, measured once on db63649): 118 of 120 as the gatherers wrote them, 120 by the
  // fixtures' convention: 1307's preface `兴华镇人民政府特此编制2024年度…年度报告` names who compiled it (none,
  // as 1275's `…编制了`; its gatherer took the body); 1316's title prints `县人社局` (read as printed, as
  // 1263's `县应急管理局`; its gatherer none, as generic).
  '1316-dongxiang-rsj-2021.txt: agency “县人社局”',
  // 1319–1333 (held out, measured once on 7cd4a52): 1322's page has no title, its preface opening
  // `2024年以来,慈云镇人民政府严格按照…` (read as the body; its gatherer none, not `特编制<机关>…`); 1330's
  // only date is the page's `更新时间:2020/01/18` (an update's time, not read as the report's).
  '1330-maguan-jtj-2019.txt: date none',
  // 1379–1423 (held out, measured once on f8a2769). Since a fix of stop 44 after the measure, read:
  // 1379's page properties run together on the line above its title (`索引号:…发布机构:金石镇发布目录:
  // 信息公开年度报告`), once read as the title and its properties as the agency: no title. 1405 has no
  // title, its preface naming the report with the bare place name (`编制并向社会公布《通榆县2023年政府
  // 信息公开工作年度报告》`), its gatherer the place: none by the fixtures' convention (a preface's
  // bare place name, as 1060's, 1066's, 1093's, 1208's and 1216's; 1334's and 1337's name a bureau,
  // `现公布南山区应急管理局2024年…`), not read.
  // 1424–1453 (held out, measured once on 432f8fc): 87 of 90 as the gatherers wrote them, 90 by the
  // fixtures' convention. 1432's title prints `市应急局2024年政府信息公开工作年度报告`: the agency as
  // printed (its gatherer's none for a name without its place, said by agency-name-place-missing).
  // 1431's and 1438's prefaces name the body before the report (`现公布黄平县人民政府(政府办公室)2023年…`,
  // `现公布铁岭市银州区人民政府2024年…`), read as 1334's and 1337's (their gatherers followed 702's none).
  '1432-liupanshui-yjj-2024.txt: agency “市应急局”',
  // 1454–1483 (held out, measured once on the code of cb73588): 87 of 90 as the gatherers wrote them,
  // 90 by the convention above: 1454's, 1466's and 1468's prefaces name the body before the report
  // (`现公布汕头市医疗保障局2020年…`, `现向社会公布张家川县退役军人事务局2025年度…`, `现发布《临洮县漫洼乡2022年…》`),
  // read as 1334's and 1337's (their gatherer followed 702's none).
  // 1484–1513 (held out, measured once on the code of 1dd2b48): 85 of 90 as the gatherers wrote them,
  // 86 by the convention above (1498's `现将2023年度渝碚路街道政府信息公开工作年度报告如下`, read as 1334's;
  // its gatherer followed 1296's none). Missed: a preface's `由<body>(党政办)编制` (1502, 1503, 1504:
  // their gatherer took the body, as 005's and 1472's) and `现公布磐石市吉昌镇本年度政府信息公开工作情况`
  // (1506: a body before 本年度 and no report name) are not read as the agency. All four read since
  // stop 45 (the compiler's shapes, the body before 本年度).
  // 1514–1543 (held out, stop 45; read on 15ac16a: 87 of 90 as the gatherers wrote them). Since the
  // importer follows the stop-45 convention, 1522's `鸿山镇人民政府编制《2021年…》` is read. Left: 1523
  // names the township twice, `特向社会公布2021年度罗坊乡…报告` (read first) and `本报告由永安市罗坊乡人民政府
  // 党政办公室…编制` (its gatherer's, the fuller name); 1527's agency is only inside the report's name
  // opening 一、总体情况 (`2024年柳北区人民政府办公室政府信息公开工作年度报告,坚持…`), no preface.
  '1523-yongan-luofang-2021.txt: agency “罗坊乡”',
  '1527-liubei-zfb-2024.txt: agency “”',
  // 1574–1633 (held out, measured once on f81f1f6e): 235 of 240. Titles printing only a bare place
  // (`2020年下陆区…`, `邢台市襄都区2021年…`, `碌曲县2025年…`) read as the agency (584's and 594's kind);
  // 1619's title of two bodies' names read as the second; 1587's 公文生成日期 taken before its 时间 line.
  // Since a fix of stop 46 after the measure of 1574–1633: 1619's two nameplates above a title opening
  // with its year (`上海市宝山区建设和管理委员会` / `上海市宝山区交通委员会` / `2024年…`) read as the first,
  // another body of the same place (not the same body's shorter name, 1348's `天涯区政务服务中心`).
  // Since the lead's decision of stop 46 (fixtures README, "Stop 46: a title's bare place"): a title's
  // bare place is the agency unless the preface names the body, as 68 expectations had it (1514's
  // `正定县2024年…`): 1577, 1605 and 1629 (and 584, 594) set to it; 1587's date set to its 公文生成日期, as
  // 1114's on the same layout (the report's own date before the page's, 547's 成文日期).
  // 1349–1378 (held out, measured once on fe3d6f7): 59 of 60 as the gatherers wrote them. Since a fix
  // of stop 42 after the measure of 1349–1378, read: 1377's only date, in its source line
  // `稿源: 浑南区政府网 2024-01-29` (its gatherer took it as the date), as a 发布日期 is.
  // 1169–1198 (held out, measured once on 079c3a5, after the fixes of 1139–1168): 116 of 120 as the
  // gatherers wrote them, 117 with 1185's preface's bare `乌林乡编制了…` set to none by the fixtures'
  // convention. 1180's preface names its report in 《》 after `编制完成`; 1186's page prints
  // `发布日期:21/01/26 10:42:59` (a two-digit year); 1198's date and time stand alone on a line between
  // the agency's name printed twice above the title (`2026-01-28 10:06`). Since a fix of stop 39
  // after the measure of 1169–1198, all three read: the report's name in 《》 after 编制完成 or 形成,
  // a 发布日期 with a two-digit year (19–39, slashes), a date with its time alone among the title's
  // lines above it, a name alone on either side.
  // 1109–1138 (held out, measured once on 176a3f3): 112 of 120 as the gatherers wrote them, 115 with
  // 1119's and 1125's titles' place names and 1129's preface's bare `辽阳市` set by the fixtures'
  // convention (a title's name as printed; a preface's bare place name none). 1112 was refused whole
  // (its page joined into one line, `…止。 一、总体情况2023,云岭乡…`; read since the lead's fix of the
  // inline heading run into its year). 1125's date is on the page's source line with its time
  // (`来源:云南省人民政府办公厅          2020-03-31 17:13:25`). Since a fix of stop 39 after the measure
  // of 1109–1138, read: a page's source and its date with its time on one line under the title.
  // 1079–1108 (held out, measured once on the lead's commit of the fixtures): 116 of 120 as the
  // gatherers wrote them, 117 with 1093's agency set to none by the fixtures' convention (`现公布《钦北区
  // 2023年…》`, a bare place name). 1083's agency read from the site's header line `敬亭山街道办事处` above
  // the title `敬亭山街道2021年…`; 1096's signature (`长沙市天心区桂花坪街道办事处` / blank / `2021年1月20日`)
  // not read, so its title's short name and the page's 发布时间 taken.
  // Since a fix of stop 38 after the measure of 1079–1108, all three read: 1083's name came from the
  // page's `来源:敬亭山街道办事处` (a 街道's 办事处 no longer taken from a source line; 529's `来源:杨柳镇
  // 人民政府` on the same site's layout still is), and 1096's signature was hidden by a page's button
  // under it (`扫一扫在手机打开当前页`), its full name now taken over the title's place-only name.
  // 1049–1078 (held out, measured once on 9d6277d): 114 of 120 as the gatherers wrote them, 116 with
  // 1060's and 1066's agencies set to none by the fixtures' convention (a preface naming the report
  // with the bare place name, `现公布《贵阳市2021年…》`, `现公布兴义市2023年…`, as 884's and 942's titles).
  // Since a fix of stop 38 after the measure of 1049–1078, all four misses read: 珠江街道's own date
  // `(2021年1月19日)` under its title printed again, before the page's `发布日期:2021-01-22`; 张家川县
  // 商务局's preface `现向社会公布张家川县商务局2019年政府信息公开报告` (工作年度 lost); 六盘水's
  // `现公布六盘水市人民政府(市人民政府办公室)2023年…`, its office in brackets; and 乌里雅斯太镇's year
  // from its preface's `现发布《东乌旗乌里雅斯太镇2021年政府信息公开工作年度报告》` (no title above).
  // 079–093 (measured before any fix): 079's agency on a line above a title split over two lines
  // (`自治区人民政府办公厅2022` / `政府信息公开工作年度报告`), after a mirror's spam line: read since a
  // fix of stop 35 (a title with no agency joined to the line above when only together they name one).
  // The title (printed twice) after the page's properties as bullets (`  • 发布机构:` / `  • …`):
  // read since a fix after 179–193's measure (a title further down than the sixth line, before
  // the text's first sentence).
  // 109–123, the session's final held-out measure (measured once: 59 / 60): 天门's title names the
  // office without its city, read whole from the preface since (a fix after the measure).
  // 124–138, the seventh held-out measure (measured once: 55 / 60): 东风路街道's heading at the
  // end of the preface's line, and 西关街道's preface naming the report without 公开
  // (`现将莲湖区西关街道办事处2024年度政府信息工作年度报告予以公开`), read since (fixes after the measure).
  // 149–163, the ninth held-out measure (measured once: 53 / 60):
  // (a title after the property's label `标      题`, read with it, and a title in the page's
  // properties as a row, `标题: | 山头街道办事处2020年…`, not read: both read since, fixes after it);
  // the report named in a preface under 一、总体情况 (`现向社会公开上思县南屏瑶族乡2021年…`) and 新蔡's
  // `发布时间:` with its date on the next line: read since (fixes after the measure); 同心's
  // `现将统计局2021年…` names no agency in full (its expectation corrected to none, not counted);
  // a preface naming `2022年度海口国家高新区公开年度报告` (the agency after the year, 政府信息 lost);
  // a title whose words are out of order (`…政府信息公开 工作告年度报`).
  '160-changtu-qijiazi-2023.txt: agency “”',
  // 1634–1678 (held out, measured once on 9f307b01): 175 of 180 as the gatherers wrote them. Not read: the
  // body a preface names in shapes of no rule yet: `现特向社会公布2024年合水镇人民政府信息公开工作年度报告` (its year
  // first, 政府 merged), `现向社会公布…乡村振兴局2022年度政府信息公开情况` (…情况, no report), `双柏县审计局…编制
  // 2025年度报告` (the report's name cut short), `汇总2024年度…莲都分局的政府信息公开年度报告编制而成` and
  // `本报告由汶上县医疗保障局按照…要求编制` (words between the body and 编制).
  // Since a fix of stop 47 after the measure of 1634–1678: 1645, 1651 and 1655 read (the year-first
  // name published with 人民政府's 政府 merged into 政府信息公开 taken as the government's; the year's
  // 政府信息公开情况 published, the sentence ending there; the rules gone by between the compiler opening
  // its clause and 编制 the year's report).
  // Left missed at stop 47 (after the measure of 1634–1678): 1666's `汇总…莲都分局的政府信息公开年度报告
  // 编制而成` is 725's (大东坝镇 2021) very shape, and 1678's `本报告由…按照…要求编制` that of 1310, 1447,
  // 1045, 146 and 718, all written down with no agency by the corpus's convention for a body named only
  // as the report's compiler: reading them would make those wrong.
  '1666-liandu-zrzygh-2024.txt: agency “”',
  // 1859–1903 (held out, measured once on 9cc805ac): 177 of 180 as the gatherers wrote them. 1874's title
  // prints `市审计局2023年政府信息公开工作年度报告`: the agency as printed, as 1432's (its gatherer's none for a
  // name without its place, said by agency-name-place-missing). Since fixes of stop 50 after the measure,
  // read: 1891's title printed only as a page's listed property (`- 标题: 济南市退役军人事务局2024年…`),
  // and 1899's title broken after a 苏木's name (`九原区阿嘎如泰苏木` / `2025年…`).
  '1874-xingren-sjj-2023.txt: agency “市审计局”',
  // 1904–1948 (held out, measured once on 4af792f4): 177 of 180 as the gatherers wrote them. 1938's title
  // prints `市残联政府信息公开工作年度报告`: the agency as printed, as 1874's and 1432's. Since fixes of stop 51
  // after the measure, read: 1904's compiler `由宜城市供销联社结合工作实际编制` (a 联社's name), and 1937's
  // date in the signature opening the page (`上海市公安局青浦分局` / `2022年1月17日` / `引 言`).
  '1938-gongzhuling-cl-2025.txt: agency “市残联”',
  // 1949–1993 (held out, measured once on 6b34675a): 176 of 180 as the gatherers wrote them. Since fixes of
  // stop 51 after the measure, read: 1953's bare `编制管委会2022年度…报告` (no name, as `管委会办公室`), and 1967's
  // title under a breadcrumb ending in it (`梅州市人民政府门户网站 … 梅州市人力资源和社会保障局2023年度…报告`).
  // Left: 1954's `由燕郊高新区党政办公室编制` (its gatherer's none, a zone's bare name once the office is
  // taken off; the import keeps the office whole where what is left is no body's name, and taking it off
  // there would need the zone's kind told from a place's); 1985's title `种田乡2021年度…` over the preface's
  // `公布种田乡人民政府2021年度…报告` (its gatherer took the preface's by stop 46's `unless the preface names the
  // body`; reading so made 066, 118, 1230, 1301, 1341 and more towns' expectations, written with the title's
  // bare name, wrong: the corpus holds both, and the import keeps the title's).
  '1954-yanjiao-gxq-2025.txt: agency “燕郊高新区党政办公室”',
  '1985-pingchuan-zhongtian-2021.txt: agency “种田乡”',
  // 1994–2038 (held out, measured once on e02a7cc0): 177 / 180 fields as printed once the lead set
  // 1999's agency null (a `来源:` field is no title: 1041, 1109) and 2035's year null (no year printed).
  // Three agencies not read: 1998's body printed alone on the first line, no title under it; 2005's
  // `武昌经开区管委会(滨江商务区管委会)` on the line under a title with no body in it; 2009's page header
  // `区退役军人事务局2022年…报告` read, the title below printing `广州市越秀区退役军人事务局`.
  // Since a fix of stop 52 after the measure of 1994–2038: 1998's body alone on the first line read, the
  // preface naming it again before the year.
  // Since a fix of stop 52 after the measure of 1994–2038: 2005's two nameplates under the title read (`武昌经开区管委会(滨江商务区
  // 管委会)`, as printed); 2009's header naming the body by its level alone gives way to the title below it.
  // 2039–2080 (held out, measured once on 1b2c0699): 157 / 160 fields as printed. 2063's
  // `特向社会公布国家税务总局佛山市税务局(以下简称“佛山市税务局”,下文类同)2021年…` not read (a short name in
  // brackets between the body and the year); 2069's `现将自治区信访局2019年…报告如下` and 2070's title
  // `水务局2020年…` read as the agency, names without a place (the README's convention: none).
  // Since a fix of stop 52 after the measure of 2039–2080: 2063's body read with the quoted short name
  // given it before the year left out.
  // Since a fix of stop 52 after the measure of 2039–2080: 2069's `自治区信访局` read as a name without
  // its place (自治区 opening it, as 省 does): none.
  // Left missed at stop 52 (after the measure of 2039–2080): 2070's title `水务局2020年…` is kept as
  // printed, as the placeless titles of 692 (`农业农村局`), 1488 (`住建局`), 1554 (`审计局`) and 1059
  // (`政务服务中心`) are expected; reading no agency would break those and silence
  // `agency-name-place-missing`, which says 2070's title lacks its place.
  '2070-fuyu-swj-2020.txt: agency “水务局”',
  // 2081–2125 (held out, measured once on 5028a49a): 2100 refused at the measure (no heading of the
  // format, no table: taken since a fix of stop 52, its title naming the report); two fields not read
  // as written: 2097's agency, the subject of `…沙坪坝区公安分局…并编制年度报告` (a shape the convention
  // reads only as `X编制了本报告`), and 2116's date, the page's `生成日期 2023-01-10` read where its
  // gatherer took `时间:2023-01-12`.
  '2097-shapingba-gafj-2021.txt: agency “”',
  '2116-kongtong-lcj-2022.txt: date 2023-01-10',
  // 2126–2170 (held out, measured once on 3415e0d5): four fields not read as their gatherers wrote
  // them: 2136's title taken with the page's field label (`信息名称:钟楼区邹区镇…`); 2139's placeless title
  // `县退役军人事务局2020年度…` kept as printed (its gatherer null by stop 45's convention, as 2070's);
  // 2152's bare-place title `达州市通川区2022年…` read where its gatherer took the preface's
  // `现将通川区人民政府2022年…报告向社会公布`; 2166's year read from the body's `2025年以来…` where its
  // preface names `…2024年政府信息公开工作年度报告`.
  // Since a fix of stop 53 after the measure of 2126–2170: 2136's `信息名称:` read as a page's label
  // before the title; 2152's bare place with its city before it (`达州市通川区`) gives way to the
  // preface's `通川区人民政府`, the body named (the README's stop 46).
  // Left missed at stop 53 (after the measure of 2126–2170): 2139's placeless title, as 2070's (kept as
  // printed for the check that says its place is lost).
  '2139-shixing-tyjrswj-2020.txt: agency “县退役军人事务局”',
  // Left missed at stop 53 (after the measure of 2126–2170): 2166's preface year (`现发布《…2024年…》`)
  // over the body's `2025年以来`: prefaces naming a year other than the report's, in texts without a
  // title's year, are as common (065's `编制了《田黄镇2020年…》`, 209's `公布…2023年…` for 2024, 2088's
  // `公布2018年度…` for 2019, 305's), their body's years right: preferring the preface would misread them.
  '2166-mengcheng-gxj-2024.txt: year 2025',
  // 2261–2305 (held out, measured once on 2c2d2ea7): two agencies the import did not read as their
  // gatherers wrote them: 2275's office that drew the report up (`由…厚桥街道党政和人大办公室编制`, the
  // 街道 written down), 2287's title with its final 年度 lost (`通城县北港镇2021年度政府信息公开工作报告`,
  // the page's `来源:通城县北港镇人民政府` read instead).
  // Since a fix of stop 56 after the measure of 2261–2305: 2275's `党政和人大办公室` read as the 街道's inner
  // office, as 党政办公室 is: the 街道 is the agency.
  // Left missed at stop 56 (after the measure of 2261–2305): 2287's title is read (its name's slip told
  // by the checks); its place-only agency gives way to the page's `来源:通城县北港镇人民政府` by the
  // convention 459 set (苍溪县东溪镇 2025, `来源:苍溪县东溪镇人民政府` under `苍溪县东溪镇2025年…`, its
  // gatherer writing the source's name; 419 民勤县 2022, 529 杨柳镇 2021 the same): reading the title's
  // place would make those wrong.
  '2287-tongcheng-beigang-2021.txt: agency “通城县北港镇人民政府”',
  // 1679–1723 (held out, measured once on b7998bdd): four fields the import did not read as their
  // gatherers wrote them: 1686's agency in `现公布泰州医药高新区(高港区)应急管理局2024年…`, 1688's date in
  // its signature (`2021年1月5日`), 1689's compiler (`本报告由临沂市司法局…编制`) and 1699's 人民政府 after
  // `鄱阳县莲湖乡` (the import read the place).
  // Since a fix of stop 48 after the measure of 1679–1723: 1686, 1688 and 1699 read (a bracket inside
  // the body's name published; the agency and the date written out under the title, the signature
  // printed there; a town's title whose 政府 is both the town's and the report's, the preface naming
  // the 人民政府 whole).
  // Left missed at stop 48 (after the measure of 1679–1723): 1689's `本报告由临沂市司法局按照…要求编制`
  // is 1678's shape (a body named only as the compiler, the rules it went by before 编制), written down
  // with no agency by the gatherers of 1310, 1447, 1045, 146 and 718: reading it would make those wrong.
  // 1724–1768 (held out, measured once on b5e7df99): three fields the import did not read as their
  // gatherers wrote them: 1726's agency in `现公布2022年阳新县自然资源和规划局政府信息公开工作情况` (the
  // year before the body, the work's 情况 published), 1742's `现公布东街办事处2020年…` (a 办事处 with no
  // place), and 1768's date: the import takes the page's 成文日期 (2022-01-21) as the report's own date
  // and keeps 发布日期 as `published`, while its gatherer took 发布日期 (2022-01-28) by the brief.
  // Since a fix of stop 49 after the measure of 1724–1768: 1726 and 1742 read (the year's 情况
  // published with the year first; a 办事处 named by its street). 1768's expectation set to its
  // 成文日期 by the convention of stop 49 (547's below).
  // 164–178, the tenth held-out measure (measured once): a text from `一、总体情况` with no title
  // or preface, whose first year written (`《关于2022年度政务公开第三方评估反馈意见…》`) is not its own
  // (`2023年,…`): read since a fix after 179–193's measure (a year inside a cited title is not
  // counted).
  // 179–193, the eleventh held-out measure (measured once: 56 / 60; 182's `称:` label, 名 lost on
  // the line before, read since): 五蛟镇's and 吉林市's titles after a page's menu lines, and
  // `伊宁县政府信息公开工作2023年度报告` read as 伊宁县 (its 政府 taken for the report's words): all
  // read since (fixes after the measure; 伊宁县人民政府 from the preface, which names it whole).
  // 194–223, the twelfth and thirteenth held-out measures (measured once: 58 / 60 and 60 / 60 once
  // the expectations' conventions were set right, see the fixtures' README): 张楼乡's title after
  // a page's menu and `首页 >> …` line (read since the fix for 187's menu lines); 咸宁's title under
  // a column's name (`政府信息公开年度报告`), read since a fix after the measure of 494–523 (a
  // report's name with neither agency nor year above a fuller title is a column's, not the title).
  // 224–238 and 239–253 (measured once: 56 / 60 and 58 / 60 by the gatherers' expectations):
  // 清原's agency in the preface's `现发布…` after a page's menu, not read; 永吉街道's first of two
  // titles read (the second names the 办事处: read since the fix of 1156's title printed twice, stop
  // 39 after the measure of 1139–1168); 吾合沙鲁乡's title read (its 发布机构 line names the
  // 人民政府, which the gatherer took); 广西海洋局's title after a weather bulletin's lines, not read;
  // 东岳路街办 read from the preface (`现公开2022年东岳路街办…`; the gatherer wrote none, against
  // 209's convention); 昌荣镇's title read (the preface names 兴化市昌荣镇).
  // 1769–1813 (held out, measured once on fa01ff5b; 1779–1783 unused): 154 / 160 fields as their gatherers
  // wrote them. Not read: 1769's `编制并发布襄阳市农业农村局政府信息公开工作2022年度报告` (the year inside the
  // report's name), 1797's body as the subject of the preface's first sentence with 工作 lost
  // (`天津市疾控局2025年政府信息公开年度报告根据…编制`), 1802's compiler (`本报告由梁山县住房和城乡建设局按照…
  // 要求编制`, 1678's shape, its gatherer took it), 1803's title `县交通运输局2023年…` (read as printed; its
  // gatherer took none, the place lost) and its `[ 成文日期 ] 2024-01-11` in bracketed labels, and 1804's
  // title `住建局2020年…` (read as printed; its gatherer took none, the preface's `制定梅河口市住房和城乡建设局
  // 2020年…年度报告` no shape of stop 45).
  // Since fixes of stop 49 after that measure: 1769 and 1797 read (the year inside the report's name; 工作
  // lost from the name that is the first sentence's subject), and one convention for the compiler: the rules or
  // data it went by between the body and 编制 (`本报告由X按照…要求编制`, `由X结合有关统计数据编制`) are
  // stop 45's `本报告由X编制`, so 1802 reads as its gatherer wrote it, as do 1678 and 1689 (left at stops 47
  // and 48), and the eighteen older texts written with no agency (038, 069, 146, 205, 324, 467, 642, 649,
  // 663, 710, 718, 739, 773, 1045, 1110, 1310, 1351, 1447) were set to the compiler by the convention (the
  // fixtures' README says it). 1803's and 1804's titles without their place give way to the fuller name
  // (1637's convention): the page's `[ 发布机构 ] 郯城县交通运输局`, its bracketed `[ 成文日期 ] 2024-01-11` read
  // too, and the preface's `制定梅河口市住房和城乡建设局2020年…年度报告` (制定 as 编制); both expectations set so.
  // 2171–2215 (held out, measured once on 13a36037): three fields not read as their gatherers wrote
  // them: 2183's title `杭州市审管办2020年…年度报告(文字版、图解版)` followed by a row of stray pipes;
  // 2203's preface `梳理编制湛江海关关区2023年…年度报告` (编制X… without 特, as 2150's read); 2208's
  // preface `现公布国家矿山安全监察局广西局2024年…年度报告`, a central line agency's regional bureau.
  // Since a fix of stop 54 after the measure of 2171–2215: all three read: two versions named in one
  // bracket after a title (`(文字版、图解版)`), a customs house's name (海关, 海关关区) a body's, and a
  // national body's regional bureau (`国家…局` + region + 局) not placeless.
  '230-wuqia-wuheshalu-2025.txt: agency “乌恰县吾合沙鲁乡”',
  // 2306–2350 (held out, measured once on 068bd9e6): two agencies the import did not read as their
  // gatherers wrote them: 2310's year-first title `2020年度嵊州市气象局政府信息公开年报` (read as an
  // empty name), and 2324's field line `发布日期 2024-01-16 主题词 政府信息公开工作年度报告` above the
  // title, read as a title whose agency is `发布日期2024-01-16主题词`.
  // Since a fix of stop 57 after the measure of 2306–2350: both read (a 年报 titled with the year
  // first and the body after it; a line opening with a page's field label, no colon, is no title,
  // and no agency holds a page's date).
  '235-guangxi-hyj-2019.txt: agency “”',
  // 2441–2485 (held out, measured once on 92b65b6a, before the fixes of stop 60; 2442's page menu
  // taken for the 2021 format mended before the measure was recorded): 172 of 180 read as their
  // gatherers wrote them. Two pages print 生成日期 and a later 发布时间 (2451, 2473), taken by their
  // gatherers as the report's own date, as 成文日期 over 发布日期 (stop 49); 2463's title prints its body
  // without place (none by the convention); 2476's title keeps its second name in brackets; the rest are
  // prefaces' and pages' names in shapes the import does not read.
  // Since fixes of stop 60 after that measure: seven read as their gatherers wrote them: a page's
  // 生成日期 ranked as 印发日期, over a later 发布时间 (2451, 2473; 1114's 公文生成日期 the same); the rules
  // named whole in 《》 between the compiler and `编制本年报` (2452); the body opening a clause of the
  // sentence that ends `形成此报告` (2467); two nameplates over the title as under it (2476); a town's
  // name alone in the title, its government the subject the preface opens with (2477); a property row's
  // bracketed label `[ 名 称 ]` (2481).
  // Left at stop 60 (after the measure of 2441–2485): 2463's title prints its body without place
  // (`退役军人事务局`), none by its gatherer, but 2384's gatherer took the title's placeless `公安局` as
  // printed: the import reads a title's name as printed, as 1316's `县人社局` is left above.
  '2463-xiongxian-tyjrswj-2019.txt: agency “退役军人事务局”',
  // 2351–2395 (held out, measured once on 113612bf): 174 of 180 as the gatherers wrote them, 177 by
  // the fixtures' convention (2378's `《三川镇2021年…》` and 2388's `现形成《海城市卫生健康局…》` name the
  // body, read as `现发布《X…》`; 2384's title prints `公安局`, read as printed, as 1316's). Missed:
  // 2351's page prints a cover letter to 区管委会办公室 with its signature (`泉州台商投资区管理委员会
  // 市场监督管理局` / `2026年1月12日`) above the report's two-line title: no agency read, and the page's
  // `公文生成日期:2026-01-19` taken (its gatherer the letter's signature); 2374's site header
  // `金口河区人民政府` above a title with no agency (`2025年度政府信息公开年报`, `信息来源:区交通运输局`) read
  // as the agency.
  // Since a fix of stop 58 after the measure of 2351–2395: all three read as their gatherers wrote them:
  // the title below a covering letter that sends the report (named whole in 《》) up (呈报, 上报, 报送,
  // 呈送), the letter's signed date the report's where the text's end is signed by none; and a site's
  // header under its welcome banner, over a title naming no body whose page's source names another
  // (`信息来源:区交通运输局`), is the site's owner, not the agency.
  // 2396–2440 (held out, measured once on 9073417b): 177 of 180 as the gatherers wrote them. 2412's
  // title prints only the town (`洪雅县洪川镇2024年…年度报告`) and its preface names the report's body
  // (`洪川镇人民政府2024年政府信息公开工作年度报告,根据…编制`), taken by its gatherer (stop 45/46): the
  // title's place read. 2419 has no title; its preface opens with the report's name and its body
  // (`广元市体育局2024年政府信息公开工作年度报告,根据…编制`): none read. 2427's `由自治州科技局编制` is a name
  // with no place (none by the convention), read as the agency.
  // Since a fix of stop 59 after the measure of 2396–2440: all three read as their gatherers wrote them:
  // a preface opening with the report's name, a comma before the rules it was compiled by, names the
  // body (2419's; 2412's over a title printing the county's town only, the town's government taken
  // where the preface opens so, not where a sentence publishes the report, as eleven older towns'
  // expectations keep the title's place); a name opening 自治州 (自治县, 自治旗) has no place, as 自治区.
  '248-xinghua-changrong-2025.txt: agency “昌荣镇”',
  // 2486–2530 at the measure (stop 61): 2490's `现把长治市信访局2019年度…情况报告如下` (a preface
  // naming the body before its report with 现把), 2507's `…撰写了…年度报告` (撰写 as 编制), and 2510's
  // title printing its place (`滁州市明光市自来桥镇`) over a preface naming the town's government.
  // Since a fix of stop 61 after the measure of 2486–2530: 2490's and 2507's read as their gatherers wrote
  // them (现把 read as 现将, 撰写 as 编制).
  // Left missed at stop 61 (after the measure of 2486–2530): 2510's town's government is named only in the
  // sentence publishing the report; 1230's (`公布安溪县魁斗镇人民政府2020年…`) and 1163's (`公布2020年度东留春乡
  // 人民政府信息公开…`) gatherers kept their titles' place under the same shape.
  '2510-mingguang-zilaiqiao-2020.txt: agency “滁州市明光市自来桥镇”',
  // 2531–2575 at the measure (stop 62): 2541's agency alone on the page's first line
  // (`浑南区民族和宗教事务局`, no report name), and 2570's title's place-less `区集体经济发展服务署` beside its
  // signature's full `福田区集体经济发展服务署`.
  // Since a fix of stop 62 after the measure of 2531–2575: both read as their gatherers wrote them: a
  // body's name alone on the first line, the preface opening with the year and that body as its subject,
  // is the agency; a title naming the body by its level alone gives way to a signature naming it with its
  // place before it (署 read as a body's kind).
  // 2576–2620 at the measure (stop 63): 2593's title names no body (`2020年政府信息公开工作年度报告`) and
  // its next line prints the body alone (`武昌经开区(滨江)管委会`); the import read an empty name. (2604's
  // year was the gatherer's, read from the page's address; the text prints none, and its expectation is null.)
  // Since a fix of stop 63 after the measure of 2576–2620: 2593's read as its gatherer wrote it: a body's name
  // with its zone's second name in brackets inside it, before its kind, on the line under a title naming none.
  // 2621–2665 at the measure (stop 64): 2631's and 2650's texts open with no title and name their body only in
  // the preface's sentence publishing the report (`特向社会公布谯城区医疗保障局2020年政府信息公开工作年度报告`,
  // `特编制昌江区商务局公开年度报告`), read as no agency; 2661 prints 2019 once (the overview's first sentence)
  // and 2020 twice, and its gatherer took 2019 where the import takes 2020.
  // Since a fix of stop 64 after the measure of 2621–2665: 2631's and 2650's read as their gatherers wrote
  // them: a page's prompt to share it (`用微信扫描二维码分享至好友和朋友圈`) is a button, not a preface, so the
  // first paragraph under `一、总体情况` is read as the preface (as 上思县南屏瑶族乡 2021's); and a preface
  // publishing its body's report with the report's year lost (`特编制X公开年度报告`) names the body, as with one.
  // Left at stop 64 (after the measure of 2621–2665): 2661 prints no title, no preface and no date; its years
  // are 2019 once and 2020 twice, the import taking the more frequent as for any untitled text. Which one is
  // the report's is a doubt of the text (its gatherer counted the two as one slip of the year), not a shape
  // the import misreads: a rule preferring the overview's first sentence over the text's other years would
  // undo the most-frequent reading other untitled texts rely on.
  '2661-dongsheng-wlj-2019.txt: year 2020',
  // 2891–2935 (held out, measured once on 7158d123): 174 of 176 fields. 2900's title names the body
  // without its place (`自治区林业和草原局2021年…`; a body opening 省 names none, as 729's); 2917's title
  // gives its body in brackets after the report's name (`2024年政府信息公开工作年度报告 (上海市浦东新区曹路镇人民政府)`).
  // 2903's 表二 printed flattened on one line (`第二十条第(一)项 信息内容 本年制发件数 … 规章 0 0 0 …`) is
  // lost with no word at the measure: the cells test fails until it is read or told.
  // Since a fix of stop 70 after the measure of 2891–2935: 2903's 表二 read into its nine cells (a table on one
  // line, its cells parted by single spaces, in a table's section), and 2917's body in brackets after the
  // title's report name read as the title's agency. 2900's title naming the body by its level alone now gives
  // way to the page's banner above it naming the body whole (`新疆维吾尔自治区林业和草原局`), as a publisher's
  // or a preface's fuller name does, the title's kept for the check (which says the title lacks the region's
  // name, its gatherer's problem). Left: its gatherer wrote none; the title's placeless names are read as
  // printed where nothing names them whole (1316, 1432, 1874 above; 1982's `自治区生态环境厅` and 294's
  // `自治区北部湾办`, whose gatherers wrote them so), and reading none for 2900 alone would drop the name the
  // page prints in full: the expectation is for the lead to decide (the banner's name, or none).
  '2900-xinjiang-lcj-2021.txt: agency “新疆维吾尔自治区林业和草原局”',
  // The measure of 2801–2845 (stop 68, before its fixes): 179 / 180 fields as printed. 2822's untitled text names its
  // body only inside the report's name in its preface, the year first and 政府 shared by the body and the report
  // (`现将2023年陇县城关镇人民政府信息公开工作年度报告(以下简称“报告”)予以公布`): read with no agency.
  // Since a fix of stop 68 after the measure of 2801–2845: read as its gatherer wrote it: 现将 the report's name,
  // the year first, 予以公布 after it, publishes it as 公布 does, the 人民政府 whose 政府 the name shares its own.
  // The measure of 2711–2755 (stop 66, before its fixes): three untitled texts whose preface names the body
  // (`本报告由临沂市供销合作社联合社按照…编制`, `由如东县供销合作总社编制而成`, the report's name in a preface's
  // `《2023年如东县行政审批局政府信息公开工作年度报告》已经研究同意`) read with no agency; a cover letter's signed date
  // (`2022年3月8日`) under a page's `发布日期:2022年03月17日` read as the page's.
  // Since a fix of stop 66 after the measure of 2711–2755: all four read as their gatherers wrote them: a
  // 供销合作社联合社 and a 供销合作总社 are bodies' names; the report's whole name in 《》, the year first, said published
  // (`现予公开发布`) names the body; a covering letter under the page's title, over the report's title printed again,
  // signs the report (`…》的报告随文呈上`, 呈上 as 呈报), as 2351's above it.
  // The measure of 2756–2800 (stop 67, before its fixes): 179 / 180 fields as printed. 2756's page prints its
  // properties a label a line (`索引号` / `…` / `发文机构` / `隆阳区杨柳乡人民政府` / … / `日期` / `2024-01-31`): the bare
  // `日期` label with its date on the next line read as no date (its gatherer took it, as 2727's).
  // Since a fix of stop 67 after the measure of 2756–2800: read as its gatherer wrote it: a bare `日期` alone on its
  // line, its date alone on the next, with another property's label alone a few lines above (`索引号`, `发文机构`, `文号`…),
  // is the page's date label.
  // 2666–2710 at the measure (stop 65): 179 / 180 fields as printed. 2683's text opens with no title and names its
  // body only in the preface's sentence publishing its year's work under another name
  // (`现公布2021年度弋阳县高新科技产业园管理委员会信息公开年度工作情况`), read since a fix of stop 65 (the year's
  // work published with 政府 lost and 年度 before 工作).
  // 254–268 and 269–283 (measured once: 60 / 60 and 58 / 60 once the expectations' conventions
  // were set right: a format for every year, the agency as the title or the preface prints it):
  // 粤汉街道's title `2022度珠晖区粤汉街道信息公开…` read with its year and 沣西新城's preface
  // `现公开陕西省西咸新区沣西新城管理委员会2019年政务信息公开年度报告`: both read since (fixes after
  // the measure).
  // 284–298 and 299–313 (measured once: 59 / 60 and 57 / 60 once the expectations' conventions
  // were set right — seven agencies as the title or preface prints them; 305 counted as imported
  // since the fix after the measure): 海南省生态环境厅's title `2022政府信息公开…` read as the agency
  // `2022` (read since a fix after the measure: a year alone before the name, its 年 lost, is no
  // agency; the line above it names it); 西火镇's title under a page's index lines (read since a fix
  // after the measures of 434–463: its `标题:西火镇人民政府2021年… | |`, a row of one cell, is the
  // title), and 疏勒县's under a menu, not read; 305's
  // `社会事业管理局编制了管委会办公室2022年…年度报告` read as the 办公室's (the gatherer took the
  // compiler's report as no agency's).
  // 314–328 and 329–343 (measured once on 92a10f0: 55 / 60 and 56 / 60 once the expectations'
  // conventions were set right — seven formats of the report's year, three agencies as the title
  // or preface prints them): 四川省文物局's page path above the title (`首页 / 政府信息公开 / …`)
  // read as the agency `首页/`; 小龙坎街道's title split before `办事处` read as `办事处`; 洪山区's
  // `洪山区人民政府信息公开工作年度报告(2023年度)` (the year after the name) not read; 衡南's date
  // `(2021年1 月27日)` with a space not read; 猛洞河管理处's page title with the site's name
  // before a hyphen read whole. All five read since (fixes after the measure): a breadcrumb with
  // `/` is not a title, a title naming only the agency's kind takes the name on the line above,
  // a year in brackets after the title and a name ending in 人民 (政府 shared with the report's
  // name) are read, a bracketed date under the title is read, and a site's name before a hyphen
  // is dropped.
  // 344–358 and 359–373 (measured once on f7380c2: 58 / 60 and 59 / 60 once the expectations'
  // conventions were set right — nineteen formats of the report's year, four agencies as the
  // preface prints them): 面甸镇's page properties as bullets (`• 乡镇政府信息公开年度报告` above
  // `• 发布机构`) read as the agency `•乡镇`, and its `• 发布日期` / `2026-01-21` on two lines not
  // read; 天水's page properties as a dashed list (`- 标题: 天水市乡村振兴局2021年…`) read with
  // the key `-标题:` in the agency. All three read since (fixes after the measure): a line of a
  // list is not the title, and a list's date label without its colon takes the next line's date.
  // 374–388 and 389–403 (measured at once on 62174aa; 385 imported only since a fix after the
  // measure, a heading `一、 总体情况` with a space after 、 inside a run-together line): agencies
  // printed only in a preface sentence's report name (`现向社会公布2020年度嵊泗县发展和改革局信息公开
  // 年度报告`, `由上海市闵行区马桥镇人民政府编制`, `公布寮步镇政府2019年信息公开工作年度报告`, `郑州…住建局
  // 向社会公布2022年度信息公开年度报告`), a title whose agency stands alone before the year
  // (`重庆市大渡口区 2023年政府信息公开工作年度报告`), and 徐泾镇's properties `青浦区徐泾镇人民政府
  // 2025.01.08` after the title (the title's place read, the dotted date not). 寮步镇's read since a
  // fix of stop 40 after the measure of 1199–1258 (a report's name with 政府 lost before 信息公开).
  // Since a fix of stop 48 after the measure of 1679–1723: the title's town with the 人民政府 its
  // preface names (`由上海市青浦区徐泾镇人民政府编制`; its title's 政府 is the report's), the same body as
  // the properties' `青浦区徐泾镇人民政府` its gatherer wrote, 上海市 before it.
  '386-qingpu-xujing-2024.txt: agency “上海市青浦区徐泾镇人民政府”',
  '386-qingpu-xujing-2024.txt: date none',
  '390-zzgx-gtghzjj-2022.txt: agency “”',
  // 404–418 and 419–433 (held out, measured once on a63e63c: 84 of 90 metadata read): agencies
  // printed only in the text's sentences (彝良县 under a letter's addressee, 白露街道, 闽侯生态环境局,
  // 东升街道), 民勤县's `发布机构: 民勤县人民政府` beside the title's `民勤县` (the title's read; its
  // `信息来源: 民勤县人民政府` under the title read since a fix after the measures of 434–463), and
  // 江源区's page path `江源区政府信息公开专栏 >> 政务服务和数字化建设管理局 >>` naming the 局 whose
  // report it is (read as the 区; the gatherer wrote no agency; since a fix of stop 34 after the
  // measure of 644–673 the path is no title, and no agency is read, as written).
  '405-yiliang-county-2020.txt: agency “”',
  '412-cangshan-dongsheng-jd-2023.txt: agency “”',
  // 434–463 (measured at once on 399d57f: 58 of 60 metadata read): 滨海新区政府办's title with a
  // page's bar after it (`…年度报告 |`, read as a row of one cell), not read; 东溪镇's
  // `来源:苍溪县东溪镇人民政府` below the title `苍溪县东溪镇2025年…`, read without 人民政府. Both read
  // since fixes after the measure (the source's name taken when it is the title's place and the
  // government's word only: 219's and 338's expectations, the title's place, corrected so).
  // 464–493 (held out, measured once on 342ba19: 114 of 120 metadata read): agencies printed only in
  // a preface sentence taken from it (开阳县统计局, 西秀区黄腊乡, 吉舒街道: the gatherers wrote none);
  // 海南省旅文厅's title `…体育厅2020政府信息…` (年 lost) read with the year in the name; 西夏区政府办's
  // name read from a 《》 in its preface; 湟源县政府办's title `县人民政府办公室2021年…` read as
  // printed, its county lost. 海南省旅文厅's read since a fix after the measure (the agency ends
  // before a year printed at its end without 年).
  // Since a fix of stop 38 after the measure of 1049–1078 (a name with another in brackets read from a
  // preface, as 1067's `六盘水市人民政府(市人民政府办公室)` is expected): 490's `现发布《银川市民族事务委员会
  // (宗教事务局)2024年…》` read as printed, its gatherer having written none by the fixtures' rule.
  '493-huangyuan-zfb-2021.txt: agency “县人民政府办公室”',
  // 494–523 (measured at once on 4a6e9c5, before any fix): 49 + 50 of 60 as printed by this test.
  // Since: titles under a column's name (`政府信息公开年度报告` above `廊坊市人民政府办公室2021年…`,
  // 咸宁 政务服务和大数据管理局, 四川 人防办) read by a fix after the measure; five expectations
  // corrected to the name the title prints (新港街, 江永县, 重庆市, 县政府办, as 266's 闵行区 and 273's
  // 市政府办公室) or the preface's `编制《<机关>2023年…年度报告》` (大城子镇, 005's convention). Left: three
  // agencies printed only in a preface sentence (`现公布<机关>2025年…`, `现将<机关>2021年…予以公开`),
  // which the gatherers leave out by the fixtures' rule and the import reads (as 470's and 471's).
  // 524–553 (held out, measured once on 96679f7): 114 + 116 of 120 as printed by this test.
  // 547's gatherer wrote its 发布日期 (2022-09-06) as the report's date; the import keeps the
  // 成文日期 (2022-01-08) as the report's, and since a fix of stop 33 the 发布日期 beside it
  // (source.published, which the deadline check judges). Since stop 49 the corpus's convention: a page
  // printing both has the report's date in 成文日期 and its publication in 发布日期; 547's expectation set so.
  // 554–583 (measured at once on 8231866, before any fix of stop 33): 116 of 120 as printed by this test.
  // 584–613 (held out, measured once on bbaa2b4): 113 of 120 as printed by this test.
  '590-hedong-mzj-2019.txt: agency “河东区民政局”',
  '600-kaili-wanchao-2023.txt: agency “万潮镇人民政府”',
  // 644–673 (held out, measured once on the merged code of stop 34): 119 of 120 as printed by this
  // test. A breadcrumb `首页` / `>政务公开>政府信息工作年度报告` read as the title, its agency `>`:
  // read since a fix after the measure (a breadcrumb's line is no title).
  // 674–718 (held out, measured once on the code of stop 34 and 40aa758's tidy): 172 of 180 as
  // printed by this test. 711 (临洮县上营乡 2020, one line whose first heading is its own,
  // `…报告如下: 一、2020年政务公开工作完成情况及成效 (一)…`) was refused as no report at all: read
  // since a fix after the measure (import-text.ts). Left: four agencies printed only in a preface
  // sentence (`现公布<机关>2024年…年度报告`), which the gatherers leave out by the fixtures' rule and
  // the import reads (as 470's and 497's).
  // 719–748 (held out, measured once on 3d021ff): 112 of 120 as printed by this test. Since a fix of
  // stop 35 after the measure of 719–748: a title with the page's date after it (`上海市杨浦区政府2022
  // 年政府信息公开工作年度报告 2023-01-20`, real: 杨浦区 2022), a date in brackets under a title
  // broken over two lines (`衡南县人民政府办公室2022年政府信息` / `公开年度报告` / `(2023年1月31日)`,
  // real: 衡南县政府办 2022), and a year printed only in a table's row (`2020年本行政区域(或本部门)
  // 政府信息公开发布总数量…`, real: 长春新区市场监管分局 2020) are read. Left: three agencies printed
  // only in a preface sentence (`现公布《南京市江宁区人民政府2024年…》`), which the gatherers leave
  // out by the fixtures' rule and the import reads (as 693's and 712's); and a name alone on the
  // first line above the preface (`浑河站东街道`, real: 浑河站东街道 2024), not read: the same
  // site's layout prints its column there (`浑南区国资局` above 区政府国资局's preface, 201, whose
  // agency is none), so a name alone there is no agency's by its place.
  '731-hunnan-hunhezhandong-2024.txt: agency “”',
  // 749–778 (held out, measured once on 1b19e26, after every fix of 674–748): 116 of 120 as printed
  // by this test. 762's page menu above its title (`• 政 策` / `行政规范性文件` / …) chose the 2021
  // format for a 2019 report (a false error of format-year-mismatch); 750's title broken inside a word
  // (`…经济发展局2022年政府` / `信息公开工作年度报告`) lost its agency: both read since fixes after the
  // measure. Left: two agencies printed only in a preface sentence.
  // 779–808 (held out, measured once on d9876ea): 114 of 120 by the gatherers' expectations, 119 of
  // 120 once five agencies were set as the preface prints them (781, 790, 791, 798, 803: `现公布…`,
  // `编制…`, the fixtures' convention since 257). 784's title with its version after it
  // (`…政府信息公开年度报告(文字版)`) lost its agency: read since (stop 36, a fix after the measure).
  // 809–838 (held out, measured once on 414aa53): 116 of 120 by the gatherers' expectations, 120 of
  // 120 once four agencies were set as the preface prints them (816, 832, 833, 837, `现公布…`).
  // 839–868 (held out, measured once on f9766a8): 114 of 120 by the gatherers' expectations, 117 of
  // 120 once three agencies were set as the preface prints them (854, 859, 865). 857's title named
  // 年报 (`…2022年度政府信息公开工作年报`) was no title, so its agency and the page's date under it
  // (`2023-01-29 17:32 来源:… (点击: )`, a counter in brackets) were lost: both read since (stop 36, fixes
  // after the measure). Left: 841's title `洪山区天兴乡2025年…年度报告` read with the `来源:` line's fuller
  // name (`洪山区天兴乡人民政府`), the same body.
  '841-hongshan-tianxing-2025.txt: agency “洪山区天兴乡人民政府”',
  // 869–898 (held out, measured once on d610da1): 115 of 120 by the gatherers' expectations, 116 of
  // 120 once 884's bare `黄平县` was set to none as 046's `桐梓县` was. Read since (stop 36, fixes after
  // the measure): a preface naming the report with 年度 lost (879 `现将河西街道2019年度…工作报告如下`,
  // 894) or opening with the report's name (897 `德惠市郭家镇2022年…年度报告(以下简称年报)是根据…`),
  // which also reads 309's and 407's agencies (in this list before) and five older texts' as their
  // prefaces print them (316, 343, 567, 606, 670; their expectations set so, the fixtures' convention);
  // 881's page date under a title followed by a table's bars (`…年度报告 | ||||`, `2021-02-09
  // 发布:卓尼县人民政府办公室`). A body named without its place in a preface is no agency: 013's
  // `现将信访局2021年度…`, and 243's `东岳路街办`, 305's `管委会办公室` and 740's `苏银产业园管理委员会`, in this
  // list before, now read as their gatherers wrote (none).
  // 899–928 (held out, measured once on 3dc1197): 120 of 120.
  // 929–958 (held out, measured once on cedb0ad): 116 of 120. 931's title with a stray year before
  // it (`2025湖口县大垅乡2025年度…`) read with the year; 934's title and preface on one line
  // (`襄州区水利局 2024年度…年度报告 2024年,…`); 942's preface naming the report in book-title marks
  // (`现发布《彭阳县2022年政府信息公开工作年度报告》`); 956's preface naming it with 工作 lost
  // (`现公布金州乡2025年政府信息公开年度报告`). 931, 934 and 956 read since (stop 37, a fix after the
  // measure). 942's bare `彭阳县` set to none, as 884's `黄平县` and 046's `桐梓县` were: the same
  // report named in book-title marks is none in 217 (`现向社会公开《大荔县2020年…》`), 304 (`编制《辽中区
  // 2020年度…》`) and 680 (`现发布《石家庄市栾城区2023年…》`). The fix of 956 (a preface naming the
  // report with 工作 lost) also reads 356's `向社会公布海南省商务厅2023年政府信息公开年度报告` and 748's
  // `现将岳阳市人民政府2020年政府信息公开年度报告向社会公布`: both set as the preface prints them (the
  // fixtures' convention since 257).
  // 959–988 (held out, measured once on 8ea7536): 116 of 120 by the gatherers' expectations, 117 of
  // 120 once 973's agency was set as its title prints it (`宣化镇人民政府…`, the fuller name only in
  // the page's properties). Left: 963's preface naming the report after its year with 工作 lost
  // (`特向社会公布2021年度江口镇政府信息公开年度报告`); 973's date in the page's properties, its label
  // on a line of its own (`生成日期` / `2021-01-10 12:00:00`); 988's date after the title on its line
  // (`…信息公开工作年度报告 2021-02-19`). All three read since (stop 37, a fix after the measure).
  // The fix of 963 also reads 722's `编制2020年长春市林业和园林局政府信息公开年度报告`: set as the
  // preface prints it (the fixtures' convention since 257).
  // 989–1018 (held out, measured once on 0643596): 116 of 120 by the gatherers' expectations, 118 of
  // 120 once three bare place names were set to none as 884's and 942's were (992's title `沂源县2019年…`,
  // 996's `现发布《高安市2024年…》`, 1003's `编制完成《鄯善县2022年…》`). Left: 992's agency read from the
  // page's `发布机构: 沂源县人民政府` (841's kind: the same body, the fuller name); 999's preface naming the
  // report with 年度 lost after its year (`现将2019年庙子乡政府信息公开工作报告如下`): read since (stop 37,
  // a fix after the measure).
  '992-yiyuan-county-2019.txt: agency “沂源县人民政府”',
  // 1019–1048 (held out, measured once on 0b98c3d): 118 of 120. 1031's page date in its properties
  // as a list, each label run into its value (`- 发布机构弥勒市朋普镇` / `- 发布日期2025-01-16`); 1033's
  // preface naming the report as its 情况报告 with 工作 lost (`现就疏勒县人民政府2020年度政府信息公开
  // 情况报告如下`). Both read since (stop 38, a fix after the measure); the fix of 1033 also reads 1030's
  // `现将清流镇2019年度政府信息公开情况报告如下` (its title's fuller name still kept), and leaves 729's
  // `现发布省市场监管局2023年…情况报告` none (a body opening 省 names no place, as 市/县/区 do not).
];

function run(name: string): Outcome {
  const text = readFileSync(`${DIR}/${name}`, 'utf8');
  const expected = JSON.parse(
    readFileSync(`${DIR}/${name.replace(/\.txt$/, '.expected.json')}`, 'utf8'),
  ) as Expected;
  const r = importText(text);
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  const got: Record<string, string> = { ...r.report.cells, ...r.report.reportedTotals };
  const wrong: string[] = [];
  let right = 0;
  for (const [id, v] of Object.entries(expected.cells)) {
    if (got[id] === v) right += 1;
    else wrong.push(`${id}: expected ${v}, got ${got[id] ?? '(blank)'}`);
  }
  const extra = Object.keys(got)
    .filter((id) => expected.cells[id] === undefined)
    .map((id) => `${id} = ${got[id]}`);
  const silentlyLost = (['t2', 't3', 't4'] as const).filter((t) => {
    const present = Object.keys(expected.cells).some((id) => id.startsWith(`${t}.`));
    const read = Object.keys(got).some((id) => id.startsWith(`${t}.`));
    const short = { t2: '表二', t3: '表三', t4: '表四' }[t];
    return present && !read && !r.warnings.some((w) => w.startsWith(`${short}：`));
  });
  const m = r.report.meta;
  const meta = [
    r.report.formatId === expected.format ? '' : `format ${r.report.formatId}`,
    expected.year === null || m.year === expected.year ? '' : `year ${m.year ?? 'none'}`,
    (m.agencyName || null) === expected.agency ? '' : `agency “${m.agencyName}”`,
    expected.reportDate === null || m.reportDate === expected.reportDate
      ? ''
      : `date ${m.reportDate ?? 'none'}`,
  ].filter((x) => x !== '');
  return {
    name,
    expected: Object.keys(expected.cells).length,
    right,
    wrong,
    extra,
    silentlyLost,
    meta,
  };
}

describe('real published reports', () => {
  const outcomes = files.map(run);

  it('at least 95 % of the cells present land in the right cell', () => {
    const expected = outcomes.reduce((n, o) => n + o.expected, 0);
    const right = outcomes.reduce((n, o) => n + o.right, 0);
    const extra = outcomes.reduce((n, o) => n + o.extra.length, 0);
    for (const o of outcomes) {
      if (o.right < o.expected || o.extra.length > 0)
        process.stdout.write(
          `${o.name}: ${o.right}/${o.expected}` +
            (o.wrong.length ? `\n  wrong: ${o.wrong.slice(0, 8).join('; ')}` : '') +
            (o.extra.length ? `\n  extra: ${o.extra.slice(0, 8).join('; ')}` : '') +
            '\n',
        );
    }
    process.stdout.write(
      `real corpus: ${right} / ${expected} cells in the right cell (${((100 * right) / expected).toFixed(1)} %), ${extra} values in cells the text does not fill, ${files.length} reports\n`,
    );
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(outcomes.flatMap((o) => o.silentlyLost.map((t) => `${o.name} ${t}`))).toEqual([]);
    expect(right / expected).toBeGreaterThanOrEqual(0.95);
  });

  it('format, year, agency and date as printed (an agency never made up from the preface)', () => {
    const unseen4 = outcomes.filter((o) => /^0(?:79|8\d|9[0-3])-/.test(o.name));
    const wrong4 = unseen4.reduce((n, o) => n + o.meta.length, 0);
    process.stdout.write(
      `unseen reports (079–093): metadata ${4 * unseen4.length - wrong4} / ${4 * unseen4.length} as printed, cells ${unseen4.reduce((n, o) => n + o.right, 0)} / ${unseen4.reduce((n, o) => n + o.expected, 0)} in the right cell, ${unseen4.reduce((n, o) => n + o.extra.length, 0)} values where the text has none\n`,
    );
    const unseen5 = outcomes.filter((o) => /^(?:09[4-9]|10[0-8])-/.test(o.name));
    const wrong5 = unseen5.reduce((n, o) => n + o.meta.length, 0);
    process.stdout.write(
      `unseen reports (094–108): metadata ${4 * unseen5.length - wrong5} / ${4 * unseen5.length} as printed, cells ${unseen5.reduce((n, o) => n + o.right, 0)} / ${unseen5.reduce((n, o) => n + o.expected, 0)} in the right cell, ${unseen5.reduce((n, o) => n + o.extra.length, 0)} values where the text has none\n`,
    );
    const unseen6 = outcomes.filter((o) => /^1(?:09|1\d|2[0-3])-/.test(o.name));
    const wrong6 = unseen6.reduce((n, o) => n + o.meta.length, 0);
    process.stdout.write(
      `109–123, the session's final held-out measure: metadata ${4 * unseen6.length - wrong6} / ${4 * unseen6.length} as printed, cells ${unseen6.reduce((n, o) => n + o.right, 0)} / ${unseen6.reduce((n, o) => n + o.expected, 0)} in the right cell, ${unseen6.reduce((n, o) => n + o.extra.length, 0)} values where the text has none\n`,
    );
    const unseen7 = outcomes.filter((o) => /^1(?:2[4-9]|3[0-8])-/.test(o.name));
    const wrong7 = unseen7.reduce((n, o) => n + o.meta.length, 0);
    process.stdout.write(
      `124–138, the seventh held-out measure: metadata ${4 * unseen7.length - wrong7} / ${4 * unseen7.length} as printed, cells ${unseen7.reduce((n, o) => n + o.right, 0)} / ${unseen7.reduce((n, o) => n + o.expected, 0)} in the right cell, ${unseen7.reduce((n, o) => n + o.extra.length, 0)} values where the text has none\n`,
    );
    const unseen9 = outcomes.filter((o) => /^1(?:49|5\d|6[0-3])-/.test(o.name));
    const wrong9 = unseen9.reduce((n, o) => n + o.meta.length, 0);
    process.stdout.write(
      `149–163, the ninth held-out measure: metadata ${4 * unseen9.length - wrong9} / ${4 * unseen9.length} as printed, cells ${unseen9.reduce((n, o) => n + o.right, 0)} / ${unseen9.reduce((n, o) => n + o.expected, 0)} in the right cell, ${unseen9.reduce((n, o) => n + o.extra.length, 0)} values where the text has none\n`,
    );
    const wrongAll = outcomes.reduce((n, o) => n + o.meta.length, 0);
    process.stdout.write(
      `whole corpus (${outcomes.length} reports): metadata ${4 * outcomes.length - wrongAll} / ${4 * outcomes.length} as printed\n`,
    );
    expect(outcomes.flatMap((o) => o.meta.map((x) => `${o.name}: ${x}`))).toEqual([...META_MISSED]);
  });
});
