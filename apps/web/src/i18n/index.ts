import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import pt from './locales/pt.json';

export const LANGUAGES = [
  { code: 'es', nativeName: 'Español' },
  { code: 'en', nativeName: 'English' },
  { code: 'pt', nativeName: 'Português' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'es';
const STORAGE_KEY = 'norte.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage can be blocked (privacy settings); the default is fine
  }
}

function reflectLanguage(instance: I18n, language: string): void {
  document.documentElement.lang = language;
  document.title = instance.t('app.documentTitle');
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not persisted; the choice still holds for this visit
  }
}

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => reflectLanguage(instance, language));
  void instance.use(initReactI18next).init({
    resources: { es: { translation: es }, en: { translation: en }, pt: { translation: pt } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    react: { useSuspense: false },
  });
  return instance;
}
