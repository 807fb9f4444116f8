import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// Defines every ec-* tag.
import '../../src/index.js';

/**
 * Live examples for the Theming page (Theming.mdx shows them with their source). As stories
 * they are also checked by the a11y addon like any other.
 */
const meta: Meta = {
  title: 'Docs/Theming',
  // Theming.mdx is this file's docs page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** A portal's brand colours and type, set on the tags with custom properties. */
export const BrandColours: Story = {
  name: 'Brand colours',
  render: () => html`
    <ec-indicator
      indicator="online-retail-sales"
      lang="zh-CN"
      loading="eager"
      style="--ec-color-actual: #c00; --ec-color-target: #1d4ed8; --ec-font-family: Georgia, 'Songti SC', serif"
    ></ec-indicator>
  `,
};

/** The built-in dark theme; `theme="auto"` (the default) follows the reader's system setting. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  parameters: { backgrounds: { disable: true } },
  render: () => html`
    <div style="background: #0d1117; padding: 1rem; border-radius: 8px">
      <ec-indicator indicator="online-retail-sales" lang="en" theme="dark" loading="eager"></ec-indicator>
    </div>
  `,
};

/** A dark brand: the dark theme with the portal's own background and accent. */
export const DarkBrand: Story = {
  name: 'Dark brand',
  render: () => html`
    <div style="background: #0b1f33; padding: 1rem; border-radius: 8px">
      <ec-target-gauge
        indicator="online-retail-sales"
        lang="en"
        theme="dark"
        loading="eager"
        style="--ec-background: #0b1f33; --ec-color-band: #12304d; --ec-color-actual: #7cc4ff"
      ></ec-target-gauge>
    </div>
  `,
};
