import { describe, expect, it } from 'vitest';
import { createTranslator, pickLocale, textDirection, type Catalogue } from '../../../src/core';

const en = {
  greeting: 'Hello, {name}',
  inView: {
    zero: 'No events in view',
    one: '{count} event in view',
    other: '{count} events in view',
  },
} satisfies Catalogue;
const ru: Catalogue<keyof typeof en> = {
  greeting: 'Здравствуйте, {name}',
  inView: {
    one: '{count} событие в окне',
    few: '{count} события в окне',
    many: '{count} событий в окне',
    other: '{count} события в окне',
  },
};

describe('messages', () => {
  it('fills placeholders', () => {
    expect(createTranslator('en', en).t('greeting', { name: 'Ada' })).toBe('Hello, Ada');
  });
  it('picks the plural form by the language’s rules', () => {
    const t = createTranslator('ru', ru).t;
    expect(t('inView', { count: 1 })).toBe('1 событие в окне');
    expect(t('inView', { count: 3 })).toBe('3 события в окне');
    expect(t('inView', { count: 5 })).toBe('5 событий в окне');
    expect(t('inView', { count: 21 })).toBe('21 событие в окне');
    expect(createTranslator('en', en).t('inView', { count: 0 })).toBe('No events in view');
    expect(createTranslator('en', en).t('inView', { count: 2 })).toBe('2 events in view');
  });
  it('writes numbers the locale’s way', () => {
    expect(createTranslator('en', en).t('inView', { count: 100000 })).toBe(
      '100,000 events in view',
    );
    expect(createTranslator('ru', ru).t('inView', { count: 100000 })).toBe(
      '100\u00a0000 событий в окне',
    );
  });
});

describe('choosing the language', () => {
  it('takes the first supported candidate, by region-free base', () => {
    expect(pickLocale(null, 'fr-CA', 'de')).toBe('fr');
    expect(pickLocale(undefined, '', 'xx', 'pt-BR')).toBe('pt');
    expect(pickLocale('iw')).toBe('he');
  });
  it('falls back to English', () => {
    expect(pickLocale('zz', null, 'tlh')).toBe('en');
    expect(pickLocale()).toBe('en');
  });
  it('knows which languages run right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('uk')).toBe('ltr');
  });
});
