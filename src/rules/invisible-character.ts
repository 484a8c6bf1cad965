// Zero-width and direction-control characters pasted from Word make names look right but match nothing.
import { INVISIBLE } from '../domain/normalise-name.js';
import type { RawPlan } from '../model/raw.js';
import type { Rule } from './rule.js';

/** Calls `found` for every string in a parsed value that contains an invisible character; `path` is copied only then. */
function visitStrings(
  value: unknown,
  path: (string | number)[],
  found: (text: string, path: (string | number)[]) => void,
): void {
  if (typeof value === 'string') {
    if (INVISIBLE.test(value)) found(value, [...path]);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      visitStrings(value[i], path, found);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key in value) {
      path.push(key);
      visitStrings((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

export const invisibleCharacter: Rule = {
  meta: {
    id: 'invisible-character',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: { zh: '文字中不能有零宽字符等不可见字符', en: 'Text must not contain invisible characters' },
    help: {
      zh: '从 Word 或网页粘贴的文字可能带有零宽空格等不可见字符,会让单位名称对不上。请在编辑器中显示不可见字符后删除。',
      en: 'Text pasted from Word or web pages may carry invisible characters such as zero-width spaces, which stop names from matching. Show invisible characters in the editor and delete them.',
    },
    messages: {
      found: {
        zh: '第 {{index}} 个字符是不可见字符 {{code}},常见于从 Word 粘贴的文字。请删除它(可在编辑器中显示不可见字符)',
        en: 'Character {{index}} is the invisible {{code}}, often pasted from Word. Delete it',
      },
    },
  },
  check({ workspace, report }) {
    for (const file of workspace.files) {
      // A file whose text has neither (see load-workspace.ts) has nothing to find: skip walking every string.
      if (!file.value || file.invisibleFree) continue;
      visitStrings(file.value as RawPlan, [], (text, path) => {
        const match = INVISIBLE.exec(text);
        if (!match) return;
        const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        report({
          file: file.file,
          path,
          messageId: 'found',
          data: { index: [...text.slice(0, match.index)].length + 1, code, text },
        });
      });
    }
  },
};
