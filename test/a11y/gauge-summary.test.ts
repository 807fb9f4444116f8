// The gauge's words on the real figures. Expected numbers are worked out by hand:
// 11.8 / 10 = 118%; 37.2 / 40 = 93%; (17 / 11.8)^(1/5) − 1 = 7.58% ≈ 7.6%;
// supplied 2023 15.42: (15.42 / 11.8)^(1/3) − 1 = 9.3%, 15.42 / 17 = 91%. The trend cases are
// judged as the data stood at the end of 2021 (asOf, before any statistical release), so only a
// supplied figure speaks after 2020; the real 2025 verdicts: online retail 15.9722 / 17 = 94%, not
// achieved (NBS, 2026); rural online retail over 3 vs 2.8, achieved (MOFCOM, 2026); transactions:
// no official figure after 2022.
import { expect } from '@open-wc/testing';
import { gaugeSummary, keyEntries, statusLabel, statusNote } from '../../src/a11y/gauge-summary.js';
import { getIndicator, progress, type TargetProgress } from '../../src/data/index.js';
import { gaugeMessages, messages } from '../../src/format/messages.js';
import type { Indicator } from '../../src/data/types.js';

const ind = (id: string): Indicator => getIndicator(id)!;
const prog = (id: string, year: number, options?: Parameters<typeof progress>[2]): TargetProgress => progress(id, year, options)!;
/** Before the first statistical release (NBS, January 2022). */
const plansOnly = (id: string, year: number, options: Parameters<typeof progress>[2] = {}): TargetProgress => prog(id, year, { ...options, asOf: '2021-12-31' });

describe('gaugeSummary(indicator, progress, lang)', () => {
  it('says a passed target was achieved, with the ratio (online retail 2020, zh)', () => {
    expect(gaugeSummary(ind('online-retail-sales'), prog('online-retail-sales', 2020), 'zh-CN')).to.equal(
      '网络零售额2020年11.8万亿元，为“十三五”目标（10万亿元左右）的118%，目标已实现。',
    );
  });

  it('says a passed target was achieved, with the ratio (online retail 2020, en)', () => {
    const text = gaugeSummary(ind('online-retail-sales'), prog('online-retail-sales', 2020), 'en');
    expect(text).to.equal(
      'Online retail sales: 11.8 trillion yuan in 2020, 118% of the 13th Five-Year Plan target (about 10 trillion yuan); target achieved.',
    );
  });

  it('says a passed target was not achieved (transactions 2020: 37.2 vs >40 → 93%)', () => {
    const zh = gaugeSummary(ind('ecommerce-transactions'), prog('ecommerce-transactions', 2020), 'zh-CN');
    expect(zh).to.equal('电子商务交易额2020年37.2万亿元，为“十三五”目标（超过40万亿元）的93%，目标未实现。');
    const en = gaugeSummary(ind('ecommerce-transactions'), prog('ecommerce-transactions', 2020), 'en');
    expect(en).to.contain('93%').and.to.contain('over 40 trillion yuan').and.to.contain('not achieved');
  });

  it('names the release a 2025 verdict comes from (online retail: 15.9722 vs 17 → 94%, NBS 2026)', () => {
    const p = prog('online-retail-sales', 2025);
    expect(p.status).to.equal('not-achieved');
    expect(gaugeSummary(ind('online-retail-sales'), p, 'en')).to.equal(
      'Online retail sales: 15.9722 trillion yuan in 2025, 94% of the 14th Five-Year Plan target (17 trillion yuan); target not achieved (NBS, 2026).',
    );
    expect(gaugeSummary(ind('online-retail-sales'), p, 'zh-CN')).to.equal(
      '网络零售额2025年15.9722万亿元，为“十四五”目标（17万亿元）的94%，目标未实现（国家统计局，2026）。',
    );
  });

  it('says which series a verdict was judged on, where it is not the indicator’s own (rural 2025)', () => {
    const p = prog('rural-ecommerce-transactions', 2025);
    expect(p.status).to.equal('achieved');
    expect(gaugeSummary(ind('rural-ecommerce-transactions'), p, 'en')).to.match(/target achieved \(MOFCOM, 2026\), judged on rural online retail sales\.$/);
    expect(gaugeSummary(ind('rural-ecommerce-transactions'), p, 'zh-CN')).to.match(/目标已实现（商务部，2026），按农村网络零售额评估。$/);
  });

  it('says a target met only on a revised figure is met only on it', () => {
    const p = { ...prog('online-retail-sales', 2020), metOnRevisedFigure: true };
    expect(gaugeSummary(ind('online-retail-sales'), p, 'en')).to.match(/target achieved, met only on the revised figure\.$/);
    expect(gaugeSummary(ind('online-retail-sales'), p, 'zh-CN')).to.match(/目标已实现，仅按修订后数据达标。$/);
    expect(statusNote(ind('online-retail-sales'), p, 'en')).to.equal('Met only on the revised figure');
  });

  it('says precisely what is missing for a passed year without an official figure (transactions 2025)', () => {
    const p = prog('ecommerce-transactions', 2025);
    expect(p.status).to.equal('cannot-assess');
    expect(gaugeSummary(ind('ecommerce-transactions'), p, 'en')).to.contain('There is no official figure after 2022, so whether the target was met cannot be assessed.');
    expect(gaugeSummary(ind('ecommerce-transactions'), p, 'zh-CN')).to.contain('2022年后无官方数据，无法评估目标是否实现。');
    expect(statusNote(ind('ecommerce-transactions'), p, 'zh-CN')).to.equal('2022年后无官方数据');
  });

  it('says nothing is known after the baseline and gives the growth needed (online retail 2025, end of 2021)', () => {
    const p = plansOnly('online-retail-sales', 2025);
    expect(p.status).to.equal('cannot-assess');
    const zh = gaugeSummary(ind('online-retail-sales'), p, 'zh-CN');
    expect(zh).to.contain('2020年（11.8万亿元）以后尚无数据').and.to.contain('无法评估').and.to.contain('年均增长约7.6%');
    expect(zh).to.contain('17万亿元');
    const en = gaugeSummary(ind('online-retail-sales'), p, 'en');
    expect(en).to.contain('cannot be assessed').and.to.contain('needs about 7.6% a year from 2020');
    expect(en).not.to.match(/on track|acceleration|achieved/i);
  });

  it('reports on track from a supplied figure, with observed and needed growth and the source', () => {
    const p = plansOnly('online-retail-sales', 2025, { latest: { year: 2023, value: 15.42, source: 'NBS 2023 communiqué' } });
    expect(p.status).to.equal('on-track');
    const en = gaugeSummary(ind('online-retail-sales'), p, 'en');
    expect(en).to.contain('15.42 trillion yuan in 2023 (source: NBS 2023 communiqué)');
    expect(en).to.contain('91%').and.to.contain('+9.3%').and.to.contain('7.6% a year').and.to.contain('on track');
    const zh = gaugeSummary(ind('online-retail-sales'), p, 'zh-CN');
    expect(zh).to.contain('年均增长9.3%').and.to.contain('需年均增长7.6%').and.to.contain('进展顺利');
  });

  it('reports needs acceleration and deterioration from supplied figures', () => {
    const slow = plansOnly('online-retail-sales', 2025, { latest: { year: 2023, value: 13.5, source: 'x' } });
    expect(slow.status).to.equal('acceleration-needed');
    expect(gaugeSummary(ind('online-retail-sales'), slow, 'en')).to.contain('+4.6%').and.to.contain('needs acceleration');
    const down = plansOnly('online-retail-sales', 2025, { latest: { year: 2022, value: 11, source: 'x' } });
    expect(down.status).to.equal('deterioration');
    const zh = gaugeSummary(ind('online-retail-sales'), down, 'zh-CN');
    expect(zh).to.contain('年均下降3.4%').and.to.contain('出现倒退');
  });

  it('says there is no figure at all where neither plans nor releases give one (B2B transactions 2015)', () => {
    const p = prog('b2b-transactions', 2015);
    expect(gaugeSummary(ind('b2b-transactions'), p, 'en')).to.contain('There is no official figure, so whether the target was met cannot be assessed').and.to.contain('over 15 trillion yuan');
    // Before 2015 had passed, the same target lacked a baseline to measure progress from.
    expect(gaugeSummary(ind('b2b-transactions'), prog('b2b-transactions', 2015, { asOf: '2014-06-30' }), 'en')).to.contain('no earlier figure');
  });

  it('names the MOFCOM measures for their own 2015 target', () => {
    const p = prog('ecommerce-transactions', 2015, { document: 'mofcom-2013' });
    expect(gaugeSummary(ind('ecommerce-transactions'), p, 'zh-CN')).to.equal(
      '电子商务交易额2015年21.8万亿元，为商务部2013年实施意见目标（超过18万亿元）的121%，目标已实现。',
    );
  });
});

describe('statusLabel(status, lang) and statusNote(...)', () => {
  it('names every status in both languages', () => {
    expect(statusLabel('achieved', 'zh-CN')).to.equal('已实现');
    expect(statusLabel('acceleration-needed', 'en')).to.equal('Needs acceleration');
    expect(statusLabel('cannot-assess', 'en')).to.equal('Cannot be assessed');
  });

  it('notes the growth needed where nothing is known after the baseline', () => {
    expect(statusNote(ind('online-retail-sales'), plansOnly('online-retail-sales', 2025), 'en')).to.equal(
      'No figure after 2020; needs about 7.6% a year from 2020',
    );
  });

  it('notes observed against needed growth for a trend status; for a passed year only the release it rests on', () => {
    const p = plansOnly('online-retail-sales', 2025, { latest: { year: 2023, value: 15.42, source: 'x' } });
    expect(statusNote(ind('online-retail-sales'), p, 'en')).to.equal('+9.3% a year since 2020; 7.6% needed');
    // Judged on a plan's own figure: the key names the plan, the note has nothing to add.
    expect(statusNote(ind('online-retail-sales'), prog('online-retail-sales', 2020), 'en')).to.equal(null);
    expect(statusNote(ind('online-retail-sales'), prog('online-retail-sales', 2025), 'zh-CN')).to.equal('来源：国家统计局，2026');
  });
});

describe('keyEntries(indicator, progress, lang)', () => {
  it('lists baseline, latest and target with years, units, qualifiers and sources', () => {
    const entries = keyEntries(ind('online-retail-sales'), prog('online-retail-sales', 2020), 'zh-CN');
    expect(entries.map((e) => e.kind)).to.deep.equal(['baseline', 'latest', 'target']);
    expect(entries[0]!.description).to.equal('2015年 · 3.88万亿元');
    expect(entries[1]!.description).to.equal('2020年 · 11.8万亿元');
    expect(entries[2]!.description).to.equal('2020年 · 10万亿元左右');
    expect(entries[2]!.source).to.equal('“十三五”规划');
  });

  it('labels a supplied figure as supplied, with its source', () => {
    const p = plansOnly('online-retail-sales', 2025, { latest: { year: 2023, value: 15.42, source: '国家统计局' } });
    const latest = keyEntries(ind('online-retail-sales'), p, 'zh-CN').find((e) => e.kind === 'latest')!;
    expect(latest.term).to.equal(messages['zh-CN'].supplied);
    expect(latest.source).to.equal('国家统计局');
    expect(keyEntries(ind('online-retail-sales'), p, 'en').at(-1)!.description).to.equal('2025 · 17 trillion yuan · Expected (indicative)');
  });
});

describe('messages (the gauge\'s words)', () => {
  it('lists the years that have a target when the year given is not one', () => {
    expect(gaugeMessages.en.invalidTargetYear('soon', ['2015', '2020', '2025'])).to.equal(
      "target-year 'soon' is not a year; targets exist for 2015, 2020, and 2025.",
    );
  });
});
