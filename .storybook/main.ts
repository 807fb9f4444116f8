import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for ec-widgets: docs pages (MDX) and stories of the components and the dataset.
 * Nothing is fetched at run time: telemetry and the "what's new" feed are off, the manager
 * ships its own fonts, and no story loads a remote script, font or image.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    // Vite transpiles TS per file and honours tsconfig's experimentalDecorators and
    // useDefineForClassFields, so Lit's decorators need nothing here. JSON (the dataset, the
    // custom-elements manifest) is a Vite built-in. Only the dev server's bind address and
    // the size warning are adjusted: the docs bundle is large by nature.
    return {
      ...viteConfig,
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
    };
  },
};

export default config;
