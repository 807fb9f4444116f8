import { dataset, documentsById, indicatorsById } from './dataset.js';
import type { WidgetLang } from '../format/lang.js';
import type { DocumentKind, ObservationKind, Qualifier, TargetType } from './types.js';

/**
 * One CSV document from rows of fields (RFC 4180): fields holding a comma, a double quote,
 * CR or LF are quoted with inner quotes doubled; records end in CRLF. A UTF-8 byte-order mark
 * leads the text because Excel otherwise opens UTF-8 as the system code page and garbles
 * every Chinese character; other readers skip it.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const HEADERS: Record<WidgetLang, readonly string[]> = {
  'zh-CN': ['指标代码', '指标名称', '年份', '时期', '数值', '单位', '原文写法', '类型', '限定', '目标属性', '文件', '发布机关', '原文', '来源类型', '发布日期'],
  en: ['Indicator id', 'Indicator', 'Year', 'Period', 'Value', 'Unit', 'As written', 'Kind', 'Qualifier', 'Target type', 'Document', 'Issuer', 'Quote', 'Source kind', 'Published'],
};

/** A plan text or an official statistical release, in words: a figure's source type is never left to colour. */
const SOURCE_KIND: Record<WidgetLang, Record<DocumentKind, string>> = {
  'zh-CN': { plan: '规划文件', 'statistical-release': '统计发布' },
  en: { plan: 'plan', 'statistical-release': 'statistical release' },
};

const KIND: Record<WidgetLang, Record<ObservationKind, string>> = {
  'zh-CN': { actual: '实际', target: '目标' },
  en: { actual: 'actual', target: 'target' },
};

const QUALIFIER: Record<WidgetLang, Record<Qualifier, string>> = {
  'zh-CN': { exact: '确数', over: '超过', about: '左右', 'at-least': '以上', nearly: '接近' },
  en: { exact: 'exact', over: 'over', about: 'about', 'at-least': 'at least', nearly: 'nearly' },
};

const TARGET_TYPE: Record<WidgetLang, Record<TargetType, string>> = {
  'zh-CN': { expected: '预期性', binding: '约束性' },
  en: { expected: 'expected', binding: 'binding' },
};

/** Period separator as each language's house style writes year ranges: 2016—2020 / 2016–2020. */
const RANGE_DASH: Record<WidgetLang, string> = { 'zh-CN': '—', en: '–' };

/**
 * The whole dataset as CSV, one row per observation in dataset order, headed in `lang`:
 * indicator id and name, year, period, value (in the indicator's unit, as stored), unit, the
 * figure as written, kind, qualifier, target type, document title, issuer, the verbatim
 * quote, whether the document is a plan or a statistical release, and its publication date
 * (a release's date is the vintage of its figures). Ids, numbers and the Chinese as-written figure and quote stay the same in both
 * languages so a row can always be traced to its source sentence.
 */
export function datasetCsv(lang: WidgetLang): string {
  if (!Object.prototype.hasOwnProperty.call(HEADERS, lang)) throw new Error(`invalid lang: ${String(lang)}`);
  const zh = lang === 'zh-CN';
  const rows = dataset.observations.map((o) => {
    const indicator = indicatorsById.get(o.indicator);
    const document = documentsById.get(o.document);
    if (!indicator) throw new Error(`invalid indicator: ${o.indicator} (observation ${o.id})`);
    if (!document) throw new Error(`invalid document: ${o.document} (observation ${o.id})`);
    return [
      o.indicator,
      zh ? indicator.name_zh : indicator.name_en,
      String(o.year),
      o.period ? o.period.join(RANGE_DASH[lang]) : '',
      String(o.value),
      zh ? indicator.unit_zh : indicator.unit_en,
      o.as_written,
      KIND[lang][o.kind],
      QUALIFIER[lang][o.qualifier],
      o.target_type ? TARGET_TYPE[lang][o.target_type] : '',
      zh ? document.title_zh : document.title_en,
      zh ? document.issuer_zh : document.issuer_en,
      o.quote,
      SOURCE_KIND[lang][document.kind],
      document.date,
    ];
  });
  return toCsv([HEADERS[lang], ...rows]);
}
