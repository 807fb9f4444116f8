/*
 * Indicator ids the stories offer, in a module of its own with no imports: the browser tests
 * (test/data, test/charts) iterate over the same headline list without loading Lit or the
 * custom-elements manifest that story-args.ts needs.
 */

/** The six indicators the plans lead with, in the order the dataset lists them first. */
export const HEADLINE_INDICATORS = [
  'ecommerce-transactions',
  'online-retail-sales',
  'ecommerce-employment',
  'industrial-ecommerce-penetration',
  'rural-ecommerce-transactions',
  'cross-border-ecommerce-transactions',
] as const;

/** A few more for the indicator control: a share, a count, a rural and a cross-border series. */
export const OTHER_INDICATORS = [
  'online-retail-share-of-consumer-retail',
  'online-shopping-users',
  'express-parcels',
  'rural-online-retail-sales',
  'cross-border-ecommerce-retail-trade',
] as const;
