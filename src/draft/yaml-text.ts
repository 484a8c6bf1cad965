// Writes scalars and flow lists as YAML text: plain where that reads back as the same string, else double-quoted.

/** Characters a plain scalar may not start with, and sequences it may not hold, in block and in flow context. */
const BAD_START = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;
const BAD_INSIDE = /: |\s#|:$|\s$|[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const FLOW_BAD = /[,[\]{}]/;
/** ASCII text YAML might read as a number, boolean, null or date. */
const TYPED =
  /^([-+]?(\d[\d_]*)?\.?\d[\d_]*([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.(inf|nan)|true|false|yes|no|on|off|null|y|n|~|\d{4}-\d\d-\d\d.*)$/i;

function plainOk(text: string): boolean {
  if (text === '' || BAD_START.test(text) || BAD_INSIDE.test(text)) return false;
  return !(TYPED.test(text) && /^[\x20-\x7e]*$/.test(text));
}

/** A scalar in block context. JSON's double-quoted strings are valid YAML double-quoted scalars. */
export const scalar = (text: string): string => (plainOk(text) ? text : JSON.stringify(text));

/** A list written on one line, `[ a, b ]`, as the shipped plans write unit lists. */
export const flowList = (items: string[]): string =>
  items.length === 0
    ? '[]'
    : `[ ${items.map((t) => (plainOk(t) && !FLOW_BAD.test(t) ? t : JSON.stringify(t))).join(', ')} ]`;

/** A `# 待核对:…` comment at an indent: what to check and why, one line. */
export const checkComment = (indent: string, why: string): string => `${indent}# 待核对:${why.replace(/\s+/g, ' ')}`;
