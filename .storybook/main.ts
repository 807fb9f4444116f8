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
  // Storybook's own "get started" checklist is about Storybook, not this library.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  async viteFinal(viteConfig) {
    // Vite transpiles TS per file and honours tsconfig's experimentalDecorators and
    // useDefineForClassFields (checked: the Lit decorators of stories/support/ work), and JSON
    // imports (the dataset, the custom-elements manifest) are built in. Only the chunk-size
    // warning is raised: Storybook's own preview bundle is over Vite's 500 kB default.
    return {
      ...viteConfig,
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
    };
  },
};

export default config;
