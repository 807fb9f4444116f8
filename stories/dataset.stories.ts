import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './support/dataset-browser.js';
import type { EcDatasetBrowser } from './support/dataset-browser.js';

type Args = Pick<EcDatasetBrowser, 'query' | 'category' | 'selected'>;

/**
 * Every indicator of the bundled dataset (`data/ec-dataset.json`), searchable by id, Chinese
 * or English name and quote text. Expanding an indicator lists every figure as the texts
 * print it, with its verbatim quote, its document and the indicator's notes.
 */
const meta: Meta<Args> = {
  title: 'Dataset',
  // A browser of the data, not a shipped component: no generated docs page.
  tags: ['!autodocs'],
  args: { query: '', category: '', selected: '' },
  argTypes: {
    query: { control: 'text', description: 'Search text: id, Chinese or English name, or quote text.' },
    category: {
      control: 'select',
      options: ['', 'scale', 'retail', 'employment', 'industry', 'rural', 'cross-border', 'infrastructure', 'enterprises', 'policy'],
      description: 'Category filter; empty for all.',
    },
    selected: { control: 'text', description: 'Id of the expanded indicator.' },
  },
  render: ({ query, category, selected }) => html`
    <h1 style="font: 600 1.6rem/1.3 system-ui, sans-serif; margin: 0 0 0.75rem">
      Dataset <span lang="zh-CN">数据集</span>
    </h1>
    <ec-dataset-browser
      query=${ifDefined(query || undefined)}
      category=${ifDefined(category || undefined)}
      selected=${ifDefined(selected || undefined)}
    ></ec-dataset-browser>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** All indicators; one expanded to show its figures, quotes and notes. */
export const Browse: Story = { args: { selected: 'online-retail-sales' } };

/** A search that matches names and quotes: 农村 (rural). */
export const Search: Story = { args: { query: '农村' } };

/** Official releases: the first half of 2024 in two vintages, customs' estimate and its surveyed revision. */
export const Revision: Story = { args: { selected: 'cross-border-ecommerce-imports-exports-first-half' } };

/** Quotes that name 2025: NBS's figures for the 14th plan's last year. */
export const Releases: Story = { args: { query: '2025年' } };

/** One category, nothing expanded. */
export const ByCategory: Story = { name: 'By category', args: { category: 'cross-border' } };
