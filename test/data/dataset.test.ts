// Checks of data/ec-dataset.json that JSON Schema cannot express (test/node/dataset.test.js
// validates the shape): every quote is verbatim in its source text, every value agrees with
// the figure as printed, ids and references resolve, years and periods fit their documents.
import { expect } from '@open-wc/testing';
import raw from '../../data/ec-dataset.json';
import type { Dataset, DocumentId, Indicator, Qualifier } from '../../src/data/types.js';
import { HEADLINE_INDICATORS as HEADLINE } from '../../stories/support/indicator-ids.js';

const data = raw as unknown as Dataset;
const indicators = new Map(data.indicators.map((i) => [i.id, i]));
const documents = new Map(data.documents.map((d) => [d.id, d]));

// ---------------------------------------------------------------------------------------------
// Parser for figures as printed in the texts (test-only).

const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };

/** A unit split into its magnitude word and the rest: 万亿元 → 1e12 + 元, 万 → 1e4 + '', % → 1 + %. */
function splitUnit(unit: string): { magnitude: number; base: string } {
  const m = /^(万亿|亿|万)?(.*)$/.exec(unit.replace(/％/g, '%').trim())!;
  return { magnitude: m[1] ? MAGNITUDES[m[1]]! : 1, base: m[2]!.trim() };
}

/** The unit a table row states in its heading, e.g. 电子商务交易额（万亿元）→ 万亿元. */
function tableUnit(quote: string): string | undefined {
  return /[（(]([^）)]+)[）)]/.exec(quote)?.[1];
}

/**
 * A figure as printed → a number in the indicator's unit, or an error naming what does not fit.
 * `7500 亿元` in a 万亿元 indicator → 0.75; `2.5倍` as a percent increase → 250; `翻两番` → 4;
 * a table figure without a unit takes the unit of its row heading, which must be the
 * indicator's.
 */
function parseFigure(written: string, indicator: Pick<Indicator, 'unit_zh' | 'quantity'>, quote = ''): number {
  // Releases read in traditional characters write 萬 and 億 for 万 and 亿.
  const asWritten = written.replace(/萬/g, '万').replace(/億/g, '亿');
  const unit = splitUnit(indicator.unit_zh);
  const words: Record<string, { value: number; quantity: Indicator['quantity'] }> = {
    翻一番: { value: 2, quantity: 'multiple' },
    翻两番: { value: 4, quantity: 'multiple' },
    一半: { value: 50, quantity: 'percent' },
  };
  // A release read in English: 1.25 trillion yuan, 979.9 billion yuan, 15,522.5 billion yuan
  // (thousands separated by commas), 7.2 percent.
  const english = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?) (trillion|billion) yuan$/.exec(asWritten.trim());
  if (english) {
    if (unit.base !== '元') throw new Error(`invalid unit: ${asWritten} in a ${indicator.unit_zh} indicator`);
    return (Number(english[1]!.replace(/,/g, '')) * (english[2] === 'trillion' ? 1e12 : 1e9)) / unit.magnitude;
  }
  const percentInWords = /^(\d+(?:\.\d+)?) percent$/.exec(asWritten.trim());
  if (percentInWords) {
    if (unit.base !== '%') throw new Error(`invalid unit: ${asWritten} in a ${indicator.unit_zh} indicator`);
    return Number(percentInWords[1]);
  }
  const word = words[asWritten.trim()];
  if (word) {
    if (word.quantity !== indicator.quantity) throw new Error(`invalid figure: ${asWritten} in a ${indicator.quantity} indicator`);
    return word.value;
  }

  const m = /^(\d+(?:\.\d+)?)\s*(余)?\s*(万亿|亿|万)?\s*(.*)$/.exec(asWritten.replace(/％/g, '%').trim());
  if (!m) throw new Error(`invalid figure: ${asWritten}`);
  const n = Number(m[1]);
  const magnitudeWord = m[3];
  const rest = m[4]!;

  if (rest === '倍') {
    if (magnitudeWord) throw new Error(`invalid figure: ${asWritten}`);
    // 增长2.5倍 is an increase of 250%; 是2015年的5.1倍 is a multiple of 5.1.
    if (indicator.quantity === 'percent') return n * 100;
    if (indicator.quantity === 'multiple') return n;
    throw new Error(`invalid figure: ${asWritten} in a ${indicator.quantity} indicator`);
  }

  if (!magnitudeWord && rest === '') {
    // A bare table figure: its unit is in the row heading.
    const heading = tableUnit(quote);
    if (heading === undefined) throw new Error(`invalid figure: ${asWritten} has no unit and its quote names none`);
    const stated = splitUnit(heading);
    if (stated.magnitude !== unit.magnitude || (stated.base !== '' && stated.base !== unit.base)) {
      throw new Error(`invalid unit: table heading （${heading}） for a ${indicator.unit_zh} indicator`);
    }
    return n;
  }

  // The unit word may be left out after a magnitude (1.61亿 users, 49.5 万亿 yuan), never changed.
  if (rest !== '' && rest !== unit.base) throw new Error(`invalid unit: ${asWritten} in a ${indicator.unit_zh} indicator`);
  const magnitude = magnitudeWord ? MAGNITUDES[magnitudeWord]! : 1;
  return (n * magnitude) / unit.magnitude;
}

const agrees = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * Qualifiers the wording around the figure allows. The nearest qualifier word before the
 * figure in its clause counts (分别超过50%和20% qualifies both); 左右 and 以上 after it win.
 */
function qualifiersFromWording(quote: string, asWritten: string): Qualifier[] {
  if (asWritten.includes('余')) return ['over'];
  const at = quote.indexOf(asWritten);
  const after = quote.slice(at + asWritten.length);
  if (after.startsWith('左右')) return ['about'];
  if (after.startsWith('以上')) return ['at-least', 'over'];
  const clause = quote.slice(0, at).split(/[，。；：,;:\t]/).pop()!;
  // Releases read in English say it in words: exceed(s), more than, over; about, approximately.
  const words: [RegExp, Qualifier][] = [
    [/超过|超過|突破|\bexceed(?:s|ed)?\b|\bmore than\b|\bover\b/g, 'over'],
    [/不低于|不低於/g, 'at-least'],
    [/接近|近/g, 'nearly'],
    [/约|約|\babout\b|\bapproximately\b/g, 'about'],
  ];
  let nearest: { index: number; qualifier: Qualifier } | undefined;
  for (const [pattern, qualifier] of words) {
    for (const match of clause.matchAll(pattern)) {
      if (!nearest || match.index! > nearest.index) nearest = { index: match.index!, qualifier };
    }
  }
  return [nearest?.qualifier ?? 'exact'];
}

/** Decimals printed in a figure as written: 63.0 → 1, 5131亿元 → 0. */
const decimalsWritten = (asWritten: string) => /\d+(?:\.(\d+))?/.exec(asWritten)?.[1]?.length ?? 0;


/**
 * What is wrong with the data's revisions: a `revises` must name an observation of the same
 * indicator and year from a document published earlier (test-only).
 */
function vintageErrors(
  observations: readonly Dataset['observations'][number][],
  docs: ReadonlyMap<DocumentId, Dataset['documents'][number]>,
): string[] {
  const byId = new Map(observations.map((o) => [o.id, o]));
  return observations.flatMap((o) => {
    if (!o.revises) return [];
    const earlier = byId.get(o.revises);
    if (!earlier) return [`${o.id}: revises unknown ${o.revises}`];
    if (earlier.indicator !== o.indicator || earlier.year !== o.year) return [`${o.id}: revises ${earlier.id}, another indicator or year`];
    const [a, b] = [docs.get(earlier.document)?.date ?? '', docs.get(o.document)?.date ?? ''];
    return a < b ? [] : [`${o.id}: published ${b}, not after ${earlier.id} (${a})`];
  });
}

describe('parseFigure (test helper)', () => {
  it("parseFigure('1.25 trillion yuan', 万亿元) reads an English release → 1.25; '979.9 billion yuan' → 0.9799", () => {
    expect(parseFigure('1.25 trillion yuan', { unit_zh: '万亿元', quantity: 'currency' })).to.equal(1.25);
    expect(agrees(parseFigure('979.9 billion yuan', { unit_zh: '万亿元', quantity: 'currency' }), 0.9799)).to.equal(true);
    expect(() => parseFigure('1.25 trillion yuan', { unit_zh: '万人', quantity: 'people' })).to.throw(/invalid unit/);
  });

  it("parseFigure('2.56萬億元', 万亿元) reads traditional 萬億 as 万亿 → 2.56", () => {
    expect(parseFigure('2.56萬億元', { unit_zh: '万亿元', quantity: 'currency' })).to.equal(2.56);
  });

  const trillionYuan = { unit_zh: '万亿元', quantity: 'currency' } as const;
  const percent = { unit_zh: '%', quantity: 'percent' } as const;
  const multiple = { unit_zh: '倍', quantity: 'multiple' } as const;
  const tenThousandPeople = { unit_zh: '万人', quantity: 'people' } as const;
  const cases: [string, string, Pick<Indicator, 'unit_zh' | 'quantity'>, number, string?][] = [
    ['rescales 亿元 into 万亿元', '7500 亿元', trillionYuan, 0.75],
    ['rescales 亿元 into 万亿元', '5131亿元', trillionYuan, 0.5131],
    ['keeps 万亿元', '21.8 万亿元', trillionYuan, 21.8],
    ['accepts a magnitude without the unit word', '49.5 万亿', trillionYuan, 49.5],
    ['reads 余 as the number before it', '2700余万', tenThousandPeople, 2700],
    ['reads a full-width percent sign', '9％', percent, 9],
    ['reads an English figure with thousands separators', '15,522.5 billion yuan', trillionYuan, 15.5225],
    ['reads an English percent', '7.2 percent', percent, 7.2],
    ['reads 倍 as a percent increase', '2.5倍', percent, 250],
    ['reads 倍 as a multiple', '5.1倍', multiple, 5.1],
    ['reads 翻两番 as 4', '翻两番', multiple, 4],
    ['reads 翻一番 as 2', '翻一番', multiple, 2],
    ['reads 一半 as 50%', '一半', percent, 50],
    ['takes a bare table figure in the heading unit', '37.2', trillionYuan, 37.2, '电子商务交易额（万亿元）\t37.2\t46\t预期性'],
    ['accepts a heading that gives only the magnitude', '6015', tenThousandPeople, 6015, '相关从业人数（万）\t6015\t7000\t预期性'],
  ];
  for (const [behaviour, asWritten, indicator, expected, quote] of cases) {
    it(`parseFigure('${asWritten}', ${indicator.unit_zh}) ${behaviour} → ${expected}`, () => {
      expect(agrees(parseFigure(asWritten, indicator, quote), expected)).to.equal(true);
    });
  }
  const failures: [string, string, Pick<Indicator, 'unit_zh' | 'quantity'>, string?][] = [
    ['a different unit word', '7500 亿件', trillionYuan],
    ['a bare figure whose quote names no unit', '37.2', trillionYuan, '交易额37.2'],
    ['a table heading in another unit', '37.2', trillionYuan, '电子商务交易额（亿元）\t37.2'],
    ['一半 in a currency indicator', '一半', trillionYuan],
    ['翻两番 in a percent indicator', '翻两番', percent],
    ['倍 in a currency indicator', '2.5倍', trillionYuan],
    ['text that is no figure', '很多', trillionYuan],
    ['an English percent in a currency indicator', '7.2 percent', trillionYuan],
    ['misplaced thousands separators', '15,52.5 billion yuan', trillionYuan],
  ];
  for (const [what, asWritten, indicator, quote] of failures) {
    it(`parseFigure('${asWritten}', ${indicator.unit_zh}) rejects ${what}`, () => {
      expect(() => parseFigure(asWritten, indicator, quote)).to.throw();
    });
  }
  it('agrees() allows 1e-9 relative error and no more', () => {
    expect(agrees(0.5131, (5131 * 1e8) / 1e12)).to.equal(true);
    expect(agrees(1, 1 + 2e-9)).to.equal(false);
  });
});

describe('qualifiersFromWording (test helper)', () => {
  it('reads a release in English: exceed → over, approximately → about, reached → exact; words inside words do not count', () => {
    expect(qualifiersFromWording("rural online retail sales will exceed 3 trillion yuan", '3 trillion yuan')).to.deep.equal(['over']);
    expect(qualifiersFromWording('imports and exports of approximately 2.7 trillion yuan', '2.7 trillion yuan')).to.deep.equal(['about']);
    expect(qualifiersFromWording('trade reached 1.25 trillion yuan', '1.25 trillion yuan')).to.deep.equal(['exact']);
    expect(qualifiersFromWording('overseas warehouses handled 1.25 trillion yuan', '1.25 trillion yuan')).to.deep.equal(['exact']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('data/ec-dataset.json', () => {
  /** Source texts by document id, decoded strictly so that a string match is a byte match. */
  const sources = new Map<DocumentId, string>();

  before(async () => {
    for (const document of data.documents) {
      const response = await fetch(`/data/sources/${document.source_file}`);
      if (!response.ok) throw new Error(`cannot fetch data/sources/${document.source_file}: ${response.status}`);
      const bytes = await response.arrayBuffer();
      // fatal: invalid UTF-8 throws instead of becoming U+FFFD; ignoreBOM keeps a BOM in the
      // text. UTF-8 maps code points to bytes one to one, so `includes` is a byte comparison.
      sources.set(document.id, new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
    }
  });

  describe('quotes', () => {
    for (const o of data.observations) {
      const file = documents.get(o.document)?.source_file ?? `${o.document} (unknown document)`;
      it(`${o.id}: quote is verbatim in ${file}`, () => {
        const text = sources.get(o.document);
        expect(text, `source of ${o.document}`).to.be.a('string');
        expect(text!.includes(o.quote), `quote not found in ${file}: ${o.quote}`).to.equal(true);
      });
      it(`${o.id}: as written "${o.as_written}" is inside its quote`, () => {
        expect(o.quote).to.include(o.as_written);
      });
    }
  });

  describe('values', () => {
    for (const o of data.observations) {
      it(`${o.id}: value ${o.value} agrees with "${o.as_written}"`, () => {
        const indicator = indicators.get(o.indicator);
        expect(indicator, `indicator ${o.indicator}`).to.not.equal(undefined);
        const parsed = parseFigure(o.as_written, indicator!, o.quote);
        expect(agrees(parsed, o.value), `${o.as_written} → ${parsed} ${indicator!.unit_zh}, stored ${o.value}`).to.equal(true);
      });
    }
  });

  describe('qualifiers', () => {
    for (const o of data.observations) {
      it(`${o.id}: qualifier "${o.qualifier}" fits the wording around "${o.as_written}"`, () => {
        expect(qualifiersFromWording(o.quote, o.as_written)).to.include(o.qualifier);
      });
    }
  });

  describe('table rows', () => {
    // The 14th plan's main-indicator table: 类别 | 指标名称 | 2020 年 | 2025 年 | 备注.
    const TARGET_TYPES: Record<string, string> = { 预期性: 'expected', 约束性: 'binding' };
    for (const o of data.observations.filter((x) => x.quote.includes('\t'))) {
      it(`${o.id}: "${o.as_written}" stands in the ${o.year} column of its table row`, () => {
        const text = sources.get(o.document)!;
        const lines = text.split('\n');
        const row = lines.findIndex((line) => line.includes(o.quote));
        expect(row, 'row found').to.be.greaterThan(-1);
        const header = lines.slice(0, row).reverse().find((line) => /\d{4}\s*年\t/.test(line));
        expect(header, 'table header above the row').to.be.a('string');
        const headerCells = header!.split('\t').map((c) => c.trim());
        const cells = lines[row]!.split('\t').map((c) => c.trim());
        const column = headerCells.findIndex((c) => c.replace(/\s/g, '') === `${o.year}年`);
        expect(column, `column for ${o.year}`).to.be.greaterThan(-1);
        expect(cells[column]).to.equal(o.as_written);
        const typeCell = cells.find((c) => c in TARGET_TYPES);
        if (o.kind === 'target') expect(o.target_type).to.equal(typeCell && TARGET_TYPES[typeCell]);
      });
    }
  });

  describe('ids and references', () => {
    const unique = (name: string, ids: string[]) =>
      it(`${name} ids are unique`, () => {
        const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
        expect(repeated).to.deep.equal([]);
      });
    unique('observation', data.observations.map((o) => o.id));
    unique('indicator', data.indicators.map((i) => i.id));
    unique('note', data.notes.map((n) => n.id));
    unique('document', data.documents.map((d) => d.id));

    it('document source files are distinct', () => {
      const files = data.documents.map((d) => d.source_file);
      expect(new Set(files).size).to.equal(files.length);
    });

    for (const o of data.observations) {
      it(`${o.id}: indicator and document exist, and the id is document/indicator/year/kind`, () => {
        expect(indicators.has(o.indicator), `indicator ${o.indicator}`).to.equal(true);
        expect(documents.has(o.document), `document ${o.document}`).to.equal(true);
        const base = `${o.document}/${o.indicator}/${o.year}/${o.kind}`;
        expect([base, ...[2, 3, 4, 5].map((n) => `${base}#${n}`)]).to.include(o.id);
      });
    }

    it('a repeat (#n) follows the first occurrence and every earlier repeat', () => {
      const ids = new Set(data.observations.map((o) => o.id));
      const gaps = data.observations
        .map((o) => /^(.*)#(\d+)$/.exec(o.id))
        .filter((m): m is RegExpExecArray => m !== null)
        .filter(([, base, n]) => !ids.has(base!) || (Number(n) > 2 && !ids.has(`${base}#${Number(n) - 1}`)))
        .map(([id]) => id);
      expect(gaps).to.deep.equal([]);
    });

    for (const note of data.notes) {
      it(`note ${note.id}: its indicators and documents exist`, () => {
        expect(note.indicators.filter((id) => !indicators.has(id)), 'unknown indicators').to.deep.equal([]);
        expect(note.documents.filter((id) => !documents.has(id)), 'unknown documents').to.deep.equal([]);
      });
    }

    it('every indicator has at least one observation', () => {
      const observed = new Set(data.observations.map((o) => o.indicator));
      expect(data.indicators.map((i) => i.id).filter((id) => !observed.has(id))).to.deep.equal([]);
    });

    it('the six headline indicators exist and come first, in order', () => {
      for (const id of HEADLINE) expect(indicators.has(id), id).to.equal(true);
      expect(data.indicators.slice(0, HEADLINE.length).map((i) => i.id)).to.deep.equal(HEADLINE);
    });
  });

  describe('years and periods', () => {
    for (const d of data.documents) {
      it(`document ${d.id}: period runs forward and the date is a real date`, () => {
        if (d.period) expect(d.period[0]).to.be.lessThan(d.period[1]);
        const [y, m = 1, day = 1] = d.date.split('-').map(Number);
        const date = new Date(Date.UTC(y!, m - 1, day));
        expect(date.getUTCMonth() + 1, d.date).to.equal(m);
        expect(date.getUTCDate(), d.date).to.equal(day);
      });
    }

    for (const o of data.observations.filter((x) => x.period)) {
      it(`${o.id}: period ${o.period![0]}–${o.period![1]} runs forward and ends in the year`, () => {
        expect(o.period![0]).to.be.lessThan(o.period![1]);
        expect(o.year).to.equal(o.period![1]);
      });
    }

    for (const o of data.observations) {
      const document = documents.get(o.document);
      if (!document) continue;
      const published = Number.parseInt(document.date, 10);
      if (o.kind === 'target') {
        it(`${o.id}: target year ${o.year} lies in ${o.document}'s plan period or after its issue`, () => {
          if (document.period) {
            expect(o.year).to.be.within(document.period[0], document.period[1]);
          } else {
            expect(o.year).to.be.at.least(published);
          }
        });
      } else {
        // A figure for part of a year (the first half) is published within that year.
        const partOfYear = !!indicators.get(o.indicator)?.part_of_year;
        it(`${o.id}: actual year ${o.year} is ${partOfYear ? 'no later than' : 'before'} the year ${o.document} was issued (${document.date})`, () => {
          if (partOfYear) expect(o.year).to.be.at.most(published);
          else expect(o.year).to.be.below(published);
        });
      }
    }

    it('target_type appears on targets only', () => {
      expect(data.observations.filter((o) => o.target_type && o.kind !== 'target').map((o) => o.id)).to.deep.equal([]);
    });
  });

  describe('indicators', () => {
    for (const indicator of data.indicators) {
      const observed = data.observations.filter((o) => o.indicator === indicator.id);
      it(`${indicator.id}: scale ${indicator.scale} matches the unit ${indicator.unit_zh}`, () => {
        const { magnitude, base } = splitUnit(indicator.unit_zh);
        expect(indicator.scale).to.equal(magnitude);
        if (indicator.quantity === 'percent') expect(indicator.unit_zh).to.equal('%');
        if (indicator.quantity === 'multiple') expect(indicator.unit_zh).to.equal('倍');
        if (indicator.quantity === 'currency') {
          expect(base, 'currency unit').to.match(/元$/);
          expect(indicator.currency ?? 'CNY').to.equal(base === '美元' ? 'USD' : 'CNY');
        } else {
          expect(indicator.currency, 'currency on a non-currency indicator').to.equal(undefined);
        }
      });
      it(`${indicator.id}: ${indicator.decimals} decimals show every figure as written`, () => {
        // A figure printed as 63.0 or 1.79 must not lose digits at the default precision (counted
        // in the unit it is printed in: 5131亿元 needs none, whatever the indicator's unit).
        const needed = Math.max(0, ...observed.filter((o) => /\d/.test(o.as_written)).map((o) => decimalsWritten(o.as_written)));
        expect(indicator.decimals).to.be.at.least(needed);
      });
    }
  });

  describe('statistical releases', () => {
    const releases = data.documents.filter((d) => d.kind === 'statistical-release');
    const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
    const onPublisherSite = (url: string, domain: string | undefined) =>
      !!domain && (host(url) === domain || host(url).endsWith(`.${domain}`));
    // The brief allows the government's own sites (gov.cn) too: the State Council Information
    // Office publishes the transcripts of the publishers' briefings.
    const onGovernmentSite = (url: string) => onPublisherSite(url, 'gov.cn');

    it('a copy marked official is on the publisher\'s domain or a gov.cn site', () => {
      const misplaced = releases.flatMap((d) =>
        (d.copies ?? []).filter((c) => c.official && !onPublisherSite(c.url, d.issuer_domain) && !onGovernmentSite(c.url)).map((c) => c.url),
      );
      expect(misplaced).to.deep.equal([]);
      expect(onGovernmentSite('http://english.scio.gov.cn/m/pressroom/x.html')).to.equal(true);
      expect(onGovernmentSite('http://gov.cn.example.com/x.html')).to.equal(false);
    });

    it('the five plan texts are kind plan; every other document is a statistical release', () => {
      const plans = data.documents.filter((d) => d.kind === 'plan').map((d) => d.id);
      expect(plans).to.deep.equal(['plan-12th', 'mofcom-2013', 'state-council-2015', 'plan-13th', 'plan-14th']);
      expect(releases.length + plans.length).to.equal(data.documents.length);
      expect(releases.length, 'releases in the data').to.be.greaterThan(0);
    });

    it('the plans say how title, date and issuer are known: plan-12th\'s date and mofcom-2013\'s title from the public record', () => {
      expect(documents.get('plan-12th')!.known_from.date).to.equal('public-record');
      expect(documents.get('mofcom-2013')!.known_from.title).to.equal('public-record');
      for (const d of data.documents) {
        expect(d.known_from.issuer === 'public-record', `${d.id}: issuer_basis and known_from.issuer agree`).to.equal(d.issuer_basis === 'public-record');
      }
    });

    for (const d of releases) {
      const figures = data.observations.filter((o) => o.document === d.id);
      it(`${d.id}: one copy gives the passage, and it states every figure quoted from it`, () => {
        const passage = (d.copies ?? []).filter((c) => c.role === 'passage');
        expect(passage, 'passage copies').to.have.length(1);
        expect([...passage[0]!.confirms].sort()).to.deep.equal(figures.map((o) => o.id).sort());
      });

      it(`${d.id}: every copy confirms figures of this release only`, () => {
        const own = new Set(figures.map((o) => o.id));
        const foreign = (d.copies ?? []).flatMap((c) => c.confirms.filter((id) => !own.has(id)));
        expect(foreign).to.deep.equal([]);
      });

      for (const o of figures) {
        it(`${o.id}: confirmed by copies on two different sites, or by one on ${d.issuer_domain}`, () => {
          const confirming = (d.copies ?? []).filter((c) => c.confirms.includes(o.id));
          const hosts = new Set(confirming.map((c) => host(c.url)));
          const official = confirming.some((c) => onPublisherSite(c.url, d.issuer_domain) || (c.official === true && onGovernmentSite(c.url)));
          expect(official || hosts.size >= 2, `${o.id} is confirmed on ${[...hosts].join(', ') || 'no site'}`).to.equal(true);
        });
      }

      it(`${d.id}: an official address, when given, is on the publisher's domain`, () => {
        if (d.official_url) expect(onPublisherSite(d.official_url, d.issuer_domain), d.official_url).to.equal(true);
        else expect(d.official_url).to.equal(null);
      });
    }

    it('the copy-count rule can fail: one site twice does not make two copies', () => {
      const d = releases[0]!;
      const o = data.observations.find((x) => x.document === d.id)!;
      const copies = [
        { url: 'http://a.example.org/1', confirms: [o.id] },
        { url: 'https://www.a.example.org/2', confirms: [o.id] },
      ];
      const hosts = new Set(copies.map((c) => host(c.url).replace(/^www\./, '')));
      expect(hosts.size).to.equal(1);
      expect(onPublisherSite('https://data.stats.gov.cn/x', 'stats.gov.cn')).to.equal(true);
      expect(onPublisherSite('https://stats.gov.cn.example.org/x', 'stats.gov.cn')).to.equal(false);
    });

    describe('vintages', () => {
      const errors = (observations: readonly Dataset['observations'][number][]) => vintageErrors(observations, documents);

      it('every revision (revises) names an earlier release of the same indicator and year', () => {
        expect(errors(data.observations)).to.deep.equal([]);
      });

      it('vintageErrors() rejects a revision older than what it revises, or of another year', () => {
        const older = data.observations.find((o) => o.document === 'mofcom-online-retail-2022' && o.indicator === 'online-retail-sales')!;
        const newer = data.observations.find((o) => o.document === 'nbs-retail-2025' && o.indicator === 'online-retail-sales')!;
        expect(errors([older, { ...newer, year: older.year, revises: older.id }])).to.deep.equal([]);
        expect(errors([older, { ...newer, revises: older.id }])).to.have.length(1);
        expect(errors([{ ...older, revises: newer.id }, { ...newer, year: older.year }])).to.have.length(1);
        expect(errors([{ ...older, revises: 'no-such-id' }])).to.have.length(1);
      });
    });
  });
});
