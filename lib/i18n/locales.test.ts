import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, resolveLocale, type Locale } from './locales';

describe('resolveLocale', () => {
  it.each<[string, string | null, string | null, string | null, Locale]>([
    ['nothing → English', null, null, null, 'en'],
    ['URL wins over cookie and header', 'zh', 'en', 'en-US', 'zh'],
    ['URL en wins over a zh cookie', 'en', 'zh', 'zh-CN', 'en'],
    ['URL is case-insensitive and trimmed', ' ZH ', null, null, 'zh'],
    ['unknown URL value falls through to the cookie', 'fr', 'zh', 'en', 'zh'],
    ['empty URL value falls through', '', 'zh', null, 'zh'],
    ['cookie wins over header', null, 'zh', 'en-US,en;q=0.9', 'zh'],
    ['unknown cookie falls through to the header', null, 'de', 'zh-CN,zh;q=0.9', 'zh'],
    ['header only', null, null, 'zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['header prefers English by q', null, null, 'zh;q=0.5, en;q=0.8', 'en'],
    ['header unsupported languages → default', null, null, 'fr-FR,de;q=0.9', 'en'],
    ['header skips q=0', null, null, 'zh;q=0, en;q=0.1', 'en'],
    ['Traditional Chinese maps to zh', null, null, 'zh-TW', 'zh'],
    ['garbage header', null, null, ';;;,', 'en'],
  ])('%s', (_name, param, cookie, header, want) => {
    expect(resolveLocale(param, cookie, header)).toBe(want);
  });

  it('parses the first of equal q values', () => {
    expect(parseAcceptLanguage('fr, zh-Hans, en')).toBe('zh');
    expect(parseAcceptLanguage(undefined)).toBeNull();
  });
});
