/**
 * The parts of <ec-target-gauge> around its charts, as template functions of the view: each
 * target's block with its key and the details disclosure. No state.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { KeyEntry } from '../../a11y/gauge-summary.js';
import { documentReference } from '../../export/citation.js';
import { formatGrowth, type WidgetLang } from '../../format/index.js';
import { localized, quoteLang } from '../../format/text.js';
import type { GaugeEntry, GaugeViewModel } from '../../view/gauge-view.js';
import { gaugeMessages } from '../../format/messages.js';
import { statusShape } from '../shared/status.js';

/** One target: heading, percent and status, the line under it, the chart (or its box) and the key. */
export function gaugeEntry(entry: GaugeEntry, chart: TemplateResult, lang: WidgetLang): TemplateResult {
  const status = entry.progress.status;
  return html`<section class="gauge" part="gauge">
    <p class="heading" part="heading">${entry.heading}</p>
    <div class="headline" part="headline">
      ${entry.percent
        ? html`<span class="percent-group"><span class="percent" part="percent">${entry.percent}</span> <span class="of-target">${entry.ofTarget}</span></span>`
        : nothing}
      <span class="status status--${status}" part="status">${statusShape(status)}<span>${entry.statusText}</span></span>
    </div>
    ${entry.note ? html`<p class="note" part="note">${entry.note}</p>` : nothing}
    ${chart}
    ${key(entry, lang)}
  </section>`;
}

/** The key names each mark by its shape as well as its colour, with the full figures. */
function key(entry: GaugeEntry, lang: WidgetLang): TemplateResult {
  return html`<p class="unit">${gaugeMessages[lang].unit(entry.unit)}</p>
    <dl class="key" part="key">
    ${entry.key.map(
      (k) => html`<div class="key-item key-item--${k.kind}">
        <dt>${keySwatch(k, entry)}${k.term}</dt>
        <dd>${k.description}${k.source ? html`<span class="key-source"> · ${k.source}</span>` : nothing}</dd>
      </div>`,
    )}
  </dl>`;
}

/** The disclosure with the growth figures, the target as written, the definition and the summary. */
export function gaugeDetails(view: GaugeViewModel, lang: WidgetLang): TemplateResult {
  const words = gaugeMessages[lang];
  const m = words;
  return html`<details part="details">
    <summary>${words.details}</summary>
    ${view.entries.map((entry) => {
      const p = entry.progress;
      // The statistical release the verdict or the latest figure rests on, quoted as the plan's target is.
      const release = p.source?.kind === 'statistical-release' ? p.source : null;
      const growth = (rate: number | null) => (rate === null ? '–' : formatGrowth(rate, lang, 1, { sign: rate < 0 }));
      return html`<div class="details-entry">
        ${view.entries.length > 1 ? html`<p class="details-heading">${entry.heading}</p>` : nothing}
        <dl class="facts">
          ${p.requiredGrowth !== null
            ? html`<div><dt>${words.requiredGrowth}</dt><dd>${growth(p.requiredGrowth)}${p.baseline ? ` (${p.baseline.year}–${p.target.year})` : ''}</dd></div>`
            : nothing}
          ${p.observedGrowth !== null && p.baseline && p.latest
            ? html`<div><dt>${words.observedGrowth}</dt><dd>${growth(p.observedGrowth)} (${p.baseline.year}–${p.latest.year})</dd></div>`
            : nothing}
          <div><dt>${m.source}</dt><dd>${documentReference(p.target.document, lang)}</dd></div>
          ${release
            ? html`<div><dt>${m.sourceKind['statistical-release']}</dt><dd>${documentReference(release.document.id, lang)}</dd></div>`
            : nothing}
        </dl>
        <p class="quote-label">${words.targetQuote}</p>
        <blockquote class="quote" lang="zh-CN">${p.target.observation.quote}</blockquote>
        ${release
          ? html`<p class="quote-label">${words.releaseQuote}</p>
              <blockquote class="quote quote--release" lang=${quoteLang(release.observation.quote)}>${release.observation.quote}</blockquote>`
          : nothing}
      </div>`;
    })}
    <p class="quote-label">${m.definition}</p>
    <p class="definition">${localized(view.indicator, 'description', lang)}</p>
    <p class="summary-text">${view.summary}</p>
    <p class="as-of">${view.asOf}</p>
  </details>`;
}

/** A small drawing of each mark as it appears in the chart, so the key does not rely on colour. */
function keySwatch(k: KeyEntry, entry: GaugeEntry): TemplateResult {
  const supplied = k.kind === 'latest' && entry.layoutInput.latest?.supplied;
  const shape =
    k.kind === 'target'
      ? svg`<line class="marker marker--target" x1="8" x2="8" y1="1" y2="15"></line>`
      : k.kind === 'baseline'
        ? svg`<line class="marker marker--baseline" x1="8" x2="8" y1="3" y2="13"></line>`
        : svg`<rect class="bar ${supplied ? 'bar--supplied' : ''}" x="0" y="5" width="16" height="6"></rect>${
            supplied ? svg`<line class="bar-stripe" x1="0" x2="16" y1="8" y2="8"></line>` : nothing
          }`;
  return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shape}</svg>`;
}

