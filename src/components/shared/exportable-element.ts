import type { TemplateResult, nothing } from 'lit';
import { ExportMenuController } from '../../controllers/export-menu.js';
import type { ExportSpec } from '../../export/svg-document.js';
import { EcElement } from '../../internal/ec-element.js';

export type { ExportEventDetail, ExportFormat } from '../../controllers/export-menu.js';

/**
 * The download menu as a base class, kept only while <ec-plan-scorecard> moves to
 * ExportMenuController (src/controllers/export-menu.ts), which the other widgets add instead.
 */
export abstract class ExportableElement extends EcElement {
  /** What this widget exports, or null when it shows a message instead of a chart. */
  protected abstract exportSpec(): ExportSpec<TemplateResult> | null;

  private exports = new ExportMenuController(this, { spec: () => this.exportSpec(), lang: () => this.resolvedLang, warn: (m) => this.warn(m) });

  /** The data shown as CSV text (UTF-8 with a BOM, headed in the widget's language); '' when nothing is drawn. */
  exportCsv(): string {
    return this.exports.csv();
  }

  /** The chart as a self-contained SVG file; '' when nothing is drawn. */
  exportSvg(): string {
    return this.exports.svg();
  }

  /** The chart as a PNG at `scale` × its size (default 2), drawn from the SVG in the page. */
  exportPng(scale = 2): Promise<Blob> {
    return this.exports.png(scale);
  }

  /** The citation of the documents the figures shown come from, in the widget's language. */
  citation(): string {
    return this.exports.citation();
  }

  protected renderMenu(): TemplateResult | typeof nothing {
    return this.exports.render();
  }
}
