import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The Intl locale for a UI language: the browser's own regional variant when it speaks that
 * language (es-CO, pt-BR, en-GB), otherwise the bare language.
 */
export function intlLocale(language: string, preferred: readonly string[] = navigator.languages ?? []): string {
  const regional = preferred.find((tag) => tag.toLowerCase().split('-')[0] === language);
  return regional ?? language;
}

export interface Formatters {
  locale: string;
  number(value: number): string;
  time(value: Date): string;
  languageName(code: string): string;
  compare(a: string, b: string): number;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const locale = intlLocale(language);
    const numbers = new Intl.NumberFormat(locale);
    const times = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    let languages: Intl.DisplayNames | undefined;
    try {
      languages = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      languages = undefined;
    }
    return {
      locale,
      number: (value) => numbers.format(value),
      time: (value) => times.format(value),
      languageName: (code) => {
        try {
          return languages?.of(code) ?? code;
        } catch {
          return code; // not a valid BCP 47 tag: show it as recorded
        }
      },
      compare: (a, b) => collator.compare(a, b),
    };
  }, [language]);
}
