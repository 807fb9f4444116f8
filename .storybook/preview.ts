import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
// Generated from the components' JSDoc by `npm run manifest` (cem analyze --litelement), which
// `npm start` and the CI build run first: attribute, property, event, part and CSS custom
// property tables are written once, in the source, and read here.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // 'error': an axe violation fails the story in the test runner and the Vitest
      // addon, and shows as a failure in the Accessibility panel, rather than as a to-do.
      // axe's default rule set (WCAG 2.x A/AA and best practices), the same one `npm test`
      // runs on every component, so the panel and the test suite agree.
      test: 'error',
    },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Embedding', 'Data', 'Theming', 'Accessibility', 'Security'],
          'Components',
          'Dataset',
          '*',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
