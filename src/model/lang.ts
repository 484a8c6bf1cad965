// Output language: Chinese for the offices that use the tool, English for everyone else. Data is never translated.

export type Lang = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

const LIST_SEPARATOR: Record<Lang, Record<string, string>> = {
  zh: { and: '、', or: ' 或 ' },
  en: { and: ', ', or: ' or ' },
};
const EMPTY_LIST: Record<Lang, string> = { zh: '无', en: 'none' };

/**
 * A list value in the reader's language: 区商务局、区教育局 or 区商务局, 区教育局; `or` joins alternatives, the last
 * two only, as a sentence does (2 或 1; 未启动、推进中 或 已完成; 1, 2 or 3).
 */
function listText(items: unknown[], lang: Lang, joiner = 'and', itemTemplate?: string): string {
  if (items.length === 0) return EMPTY_LIST[lang];
  const text = (item: unknown) =>
    itemTemplate && item !== null && typeof item === 'object'
      ? interpolate(itemTemplate, item as Record<string, unknown>, lang)
      : String(item);
  const { and } = LIST_SEPARATOR[lang];
  const texts = items.map(text);
  if (joiner !== 'or' || texts.length < 3) return texts.join(LIST_SEPARATOR[lang][joiner] ?? and);
  return `${texts.slice(0, -1).join(and)}${LIST_SEPARATOR[lang].or}${texts.at(-1)}`;
}

/**
 * Fill {{name}} placeholders, as ESLint's interpolate does; `{{name|or}}` joins a list as alternatives; objects in a
 * list read through their field's template in `listItems`. Lists are
 * kept as arrays in finding data (for JSON) and joined here, so each language gets its own separators.
 * Unknown placeholders are left visible.
 */
export function interpolate(
  template: string,
  data: Record<string, unknown> = {},
  lang: Lang = 'zh',
  listItems: Record<string, Message> = {},
): string {
  return template.replace(/\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}/g, (whole, key: string, joiner?: string) => {
    if (!(key in data)) return whole;
    const value = data[key];
    return Array.isArray(value) ? listText(value, lang, joiner, listItems[key]?.[lang]) : String(value);
  });
}

/** A message in the reader's language; `listItems` says how a list of objects in `data` reads, per field. */
export function say(
  message: Message,
  lang: Lang,
  data?: Record<string, unknown>,
  listItems?: Record<string, Message>,
): string {
  return interpolate(message[lang], data, lang, listItems);
}
