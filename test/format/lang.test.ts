import { expect } from '@open-wc/testing';
import { normalizeLang, type WidgetLang } from '../../src/format/index.js';

describe('normalizeLang', () => {
  const rows: [label: string, input: string | null | undefined, expected: WidgetLang | null][] = [
    ['bare zh', 'zh', 'zh-CN'],
    ['zh-CN', 'zh-CN', 'zh-CN'],
    ['script subtag', 'zh-Hans', 'zh-CN'],
    ['lower-case script and region', 'zh-hans-cn', 'zh-CN'],
    ['upper-case primary', 'ZH-cn', 'zh-CN'],
    ['POSIX underscore', 'zh_CN', 'zh-CN'],
    ['Traditional region gets Simplified', 'zh-TW', 'zh-CN'],
    ['Traditional script gets Simplified', 'zh-Hant', 'zh-CN'],
    ['Hong Kong gets Simplified', 'zh-HK', 'zh-CN'],
    ['surrounding spaces', ' zh-CN ', 'zh-CN'],
    ['bare en', 'en', 'en'],
    ['en-US', 'en-US', 'en'],
    ['en-GB', 'en-GB', 'en'],
    ['upper-case en', 'EN-gb', 'en'],
    ['another language', 'fr', null],
    ['a word starting with en', 'english', null],
    ['a word starting with zh', 'zhx', null],
    ['empty', '', null],
    ['spaces only', '  ', null],
    ['null', null, null],
    ['undefined', undefined, null],
  ];
  for (const [label, input, expected] of rows) {
    it(`normalizeLang(${JSON.stringify(input) ?? 'undefined'}) → ${expected} (${label})`, () => {
      expect(normalizeLang(input)).to.equal(expected);
    });
  }
});
