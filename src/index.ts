/**
 * ec-widgets: web components for the official indicators of China's e-commerce plans.
 * Importing this module defines every tag; `ec-widgets/data` is the dataset alone.
 */
export * from './data/index.js';
export const version = '0.1.0';
