import type { Indicator, Quantity } from '../../src/data/types.js';

/** A made-up indicator with just the unit fields the formatter reads. */
export function indicator(
  quantity: Quantity,
  scale: number,
  unit_zh: string,
  unit_en: string,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    id: `test-${quantity}-${scale}`,
    name_zh: '测试指标',
    name_en: 'Test indicator',
    unit_zh,
    unit_en,
    quantity,
    scale,
    decimals: 1,
    category: 'scale',
    description_zh: '',
    description_en: '',
    ...extra,
  };
}

export const trillionYuan = indicator('currency', 1e12, '万亿元', 'trillion yuan');
export const hundredMillionYuan = indicator('currency', 1e8, '亿元', '100 million yuan');
export const hundredMillionUsd = indicator('currency', 1e8, '亿美元', '100 million US dollars', { currency: 'USD' });
export const tenThousandPeople = indicator('people', 1e4, '万人', '10,000 people');
export const hundredMillionPeople = indicator('people', 1e8, '亿人', '100 million people');
export const percent = indicator('percent', 1, '%', '%');
export const counties = indicator('count', 1, '个', 'counties');
export const parcels = indicator('count', 1e8, '亿件', '100 million parcels');
export const bareParcels = indicator('count', 1e8, '亿件', '100 million');
export const multiple = indicator('multiple', 1, '倍', 'times');
export const floorArea = indicator('other', 1e4, '万平方米', '10,000 m²');
export const kilometres = indicator('other', 1, '公里', 'km');
