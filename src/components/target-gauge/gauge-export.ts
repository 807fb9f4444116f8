/**
 * What <ec-target-gauge> exports, from its view and layouts: per target, its heading, the
 * percent and status, the gauge and its key; the sources under them; the figures as CSV
 * rows; and the citation. Pure: the widget's download menu and the command line share it.
 */
import type { TemplateResult } from 'lit';
import type { GaugeModel } from '../../charts/gauge-layout.js';
import { compareDocuments, getDocument } from '../../data/selectors.js';
import type { ProgressStatus } from '../../data/targets.js';
import type { DocumentId } from '../../data/types.js';
import { citations } from '../../export/citation.js';
import { gaugeCsvRows } from '../../export/csv.js';
import type { ExportSpec, ExportText, ExportTone } from '../../export/svg-document.js';
import { formatList } from '../../format/list.js';
import { localized } from '../../format/text.js';
import { gaugeChart } from './gauge-chart.js';
import type { GaugeViewModel } from '../../view/gauge-view.js';
import { gaugeMessages } from '../../format/messages.js';

/** The status badge's colour, as in the widget's styles. */
const STATUS_TONE: Record<ProgressStatus, ExportTone> = {
  achieved: 'achieved',
  'on-track': 'achieved',
  'not-achieved': 'missed',
  deterioration: 'missed',
  'acceleration-needed': 'caution',
  'limited-progress': 'caution',
  'cannot-assess': 'muted',
};

type OkView = GaugeViewModel;

/** The documents the figures shown come from: each target's, and the plan figures for baseline and latest. */
export function gaugeDocuments(view: OkView): DocumentId[] {
  return [
    ...new Set(
      view.entries.flatMap((e) => {
        const p = e.progress;
        return [p.target.document, p.baseline?.observation?.document, p.latest?.observation?.document].filter((d): d is DocumentId => !!d);
      }),
    ),
  ];
}

export function gaugeExportSpec(view: OkView, models: readonly GaugeModel[]): ExportSpec<TemplateResult> {
  const lang = view.lang;
  const m = gaugeMessages[lang];
  const colon = m.colon;
  const documents = gaugeDocuments(view);
  const names = [...documents]
    .sort(compareDocuments)
    .map((d) => getDocument(d))
    .map((d) => (d ? localized(d, 'short', lang) : ''))
    .filter(Boolean);
  const footer: ExportText[] = [{ runs: [{ text: `${m.source}${colon}${formatList(names, lang)}`, tone: 'muted' }], size: 11 }];
  const year = view.primary.progress.target.year;
  return {
    lang,
    filename: `${view.indicator.id}.target-${year}.${lang}`,
    title: view.title,
    unit: view.primary.unit,
    summary: view.summary,
    charts: view.entries.map((entry, i) => {
      const model = models[i]!;
      const status = entry.progress.status;
      const before: ExportText[] = [
        { runs: [{ text: entry.heading, tone: 'muted' }], size: 12 },
        {
          size: 14,
          runs: [
            ...(entry.percent
              ? [
                  { text: entry.percent, tone: 'text' as const, weight: 700 as const },
                  { text: ` ${entry.ofTarget}   `, tone: 'muted' as const },
                ]
              : []),
            { text: entry.statusText, tone: STATUS_TONE[status], weight: 600 },
          ],
        },
      ];
      if (entry.note) before.push({ runs: [{ text: entry.note, tone: 'muted' }], size: 12 });
      const after: ExportText[] = entry.key.map((k) => ({
        size: 11,
        runs: [
          { text: `${k.term}${colon}`, tone: 'muted' },
          { text: k.description, tone: 'text' },
          ...(k.source ? [{ text: ` · ${k.source}`, tone: 'muted' as const }] : []),
        ],
      }));
      return { chart: gaugeChart(entry, model), width: model.width, height: model.height, before, after };
    }),
    footer,
    csv: gaugeCsvRows(view.indicator, view.entries.map((e) => e.progress), lang),
    citation: citations(documents, lang),
  };
}
