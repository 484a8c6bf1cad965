// Files must be UTF-8 (with or without BOM) or UTF-16 with a BOM; GBK and friends are refused with advice.
import type { Rule } from './rule.js';

export const fileEncoding: Rule = {
  meta: {
    id: 'file-encoding',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '文件必须是 UTF-8 编码', en: 'Files must be encoded as UTF-8' },
    help: {
      zh: '数据文件必须是 UTF-8 编码;Windows 下常见的 GBK 文件无法读取。请用编辑器“另存为 UTF-8”,或用 iconv -f GBK -t UTF-8 转换。',
      en: 'Data files must be UTF-8; GBK files, common on Windows, cannot be read. Save the file as UTF-8 in the editor, or convert it with iconv -f GBK -t UTF-8.',
    },
    messages: {
      notUtf8: {
        zh: '文件不是 UTF-8 编码(第 {{offset}} 字节起无法识别),可能是 GBK。请用编辑器“另存为 UTF-8”,或运行 iconv -f GBK -t UTF-8 原文件 > 新文件',
        en: 'File is not UTF-8 (undecodable from byte {{offset}}), perhaps GBK. Save it as UTF-8, e.g. iconv -f GBK -t UTF-8 in > out',
      },
    },
  },
};
