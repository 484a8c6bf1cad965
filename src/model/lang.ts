// Output language: Chinese for the offices that use the tool, English for everyone else. Data is never translated.

export type Lang = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

/** Fill {{name}} placeholders, as ESLint's interpolate does. Unknown placeholders are left visible. */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function say(message: Message, lang: Lang, data?: Record<string, unknown>): string {
  return interpolate(message[lang], data);
}
