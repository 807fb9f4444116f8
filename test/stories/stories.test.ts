// Every story of both components, rendered as Storybook renders it (the story's render, or the
// default export's, with the default export's args merged under the story's) and checked with
// axe: the promise "no story shows a violation in the Accessibility panel" is kept by
// `npm test`, in Chromium and Firefox, not only by someone opening each story.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as indicatorStories from '../../stories/indicator.stories.js';
import * as gaugeStories from '../../stories/target-gauge.stories.js';

type Args = Record<string, unknown>;
type Render = (args: Args) => TemplateResult;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: Render;
}
interface MetaLike {
  title?: string;
  args?: Args;
  render?: Render;
}

/** The stories of a CSF module: its named exports, minus anything that is not a story object. */
function storiesOf(module: Record<string, unknown>): Array<[string, StoryLike]> {
  return Object.entries(module).filter(
    (entry): entry is [string, StoryLike] =>
      entry[0] !== 'default' && entry[0] !== '__namedExportsOrder' && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

const TAGS = 'ec-indicator, ec-target-gauge';

/**
 * Drawn: an <ec-indicator> once its chart SVG is in, or it shows only a message; an
 * <ec-target-gauge> once every target block has its chart, or it is a pill, or only a message.
 */
function drawn(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  const has = (selector: string) => root.querySelector(selector) !== null;
  if (el.localName === 'ec-indicator') return has('svg.plot') || (has('[part="message"]') && !has('[part="chart"]'));
  const blocks = root.querySelectorAll('[part="gauge"]').length;
  if (blocks > 0) return root.querySelectorAll('svg[part="chart"]').length === blocks;
  return has('[part="pill"]') || has('[part="message"]');
}

/** Renders a story into a fixture, capturing the widgets' console warnings meanwhile. */
async function renderStory(meta: MetaLike, story: StoryLike): Promise<{ root: HTMLElement; widgets: Element[]; warnings: string[] }> {
  const render = story.render ?? meta.render;
  if (!render) throw new Error('story has no render function and neither has its default export');
  const args = { ...meta.args, ...story.args };
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...parts: unknown[]) => void warnings.push(parts.map(String).join(' '));
  try {
    // Wrapped, so that a story rendering more than one node (a caption and a widget) is checked whole.
    const root = await fixture<HTMLElement>(html`<div class="story-root">${render(args)}</div>`);
    const widgets = [...root.querySelectorAll(TAGS)];
    await waitUntil(() => widgets.every(drawn), 'the widget never drew', { timeout: 8000 });
    await Promise.all(widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    return { root, widgets, warnings };
  } finally {
    console.warn = original;
  }
}

const suites: Array<[MetaLike, Record<string, unknown>]> = [
  [indicatorStories.default as MetaLike, indicatorStories],
  [gaugeStories.default as MetaLike, gaugeStories],
];

for (const [meta, module] of suites) {
  describe(`stories: ${meta.title}`, () => {
    const stories = storiesOf(module);
    // Once one story's widget never draws, the rest would each wait out the timeout too and
    // the file would overrun the runner's limit, losing every result: they fail at once instead.
    let neverDrew: string | null = null;

    it('has stories', () => {
      expect(stories.length).to.be.greaterThan(20);
    });

    for (const [exportName, story] of stories) {
      const label = story.name ?? exportName;
      it(`${label} draws eagerly and passes axe`, async () => {
        if (neverDrew) throw new Error(`not run: the widget of "${neverDrew}" never drew`);
        let rendered: Awaited<ReturnType<typeof renderStory>>;
        try {
          rendered = await renderStory(meta, story);
        } catch (error) {
          neverDrew = label;
          throw error;
        }
        const { root, widgets, warnings } = rendered;
        expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
        for (const w of widgets) expect(w.getAttribute('loading'), `${w.localName} loading`).to.equal('eager');
        // No silent failure, and no noise: bad-input stories warn, the others do not.
        if (exportName.startsWith('Error')) expect(warnings, 'console warnings').to.not.be.empty;
        else expect(warnings, 'console warnings').to.deep.equal([]);
        await expect(root).to.be.accessible();
      });
    }
  });
}
