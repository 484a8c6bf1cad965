// Zero-width and direction-control characters pasted from Word make names look right but match nothing.
import { INVISIBLE } from '../load/normalise-name.js';
import type { RawPlan } from '../model/raw.js';
import type { Rule } from './rule.js';

function* strings(value: unknown, path: (string | number)[]): Generator<{ text: string; path: (string | number)[] }> {
  if (typeof value === 'string') yield { text: value, path };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export const invisibleCharacter: Rule = {
  meta: {
    id: 'invisible-character',
    phase: 'validate',
    severity: 'error',
    description: { zh: '文字中不能有零宽字符等不可见字符', en: 'Text must not contain invisible characters' },
    messages: {
      found: {
        zh: '第 {{index}} 个字符是不可见字符 {{code}},常见于从 Word 粘贴的文字。请删除它(可在编辑器中显示不可见字符)',
        en: 'Character {{index}} is the invisible {{code}}, often pasted from Word. Delete it',
      },
    },
  },
  check({ workspace, report }) {
    for (const file of workspace.files) {
      if (!file.value) continue;
      for (const { text, path } of strings(file.value as RawPlan, [])) {
        const match = INVISIBLE.exec(text);
        if (!match) continue;
        const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        report({ file: file.file, path, messageId: 'found', data: { index: [...text.slice(0, match.index)].length + 1, code, text } });
      }
    }
  },
};
