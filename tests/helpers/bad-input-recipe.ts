// Builds a bad-inputs case whose files are binary or huge from its small recipe.json, so no such file is committed.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixtureFolder, fixturesDir } from './fixture-workspace.js';
import { repoRoot } from './run-cli.js';

type Part = { text: string } | { repeat: string; count: number };
type Transform = 'crlf' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'utf16le-bom' | 'utf16be-bom' | 'full-width-parens';

export interface Recipe {
  about: string;
  /** fixtures (tests/fixtures/base, the default), data (the shipped data/ folder) or none. */
  base?: 'fixtures' | 'data' | 'none';
  /** Re-encode base files: file name, or * for every YAML file. */
  transform?: Record<string, Transform>;
  /** Generated files; `{i}` in a name or text is the copy number when `count` is given. */
  files?: { name: string; hex?: string; parts?: Part[]; count?: number }[];
  symlinks?: { name: string; to: string }[];
  /** Exact findings (file, rule, line) besides the `# expect:` marks in committed files; [] means clean. */
  expect?: { file: string; rule: string; line: number }[];
  /** Instead of exact findings: at least one finding, all of these rules, none an error. */
  onlyRules?: string[];
}

const utf16 = (text: string, bigEndian: boolean, bom: boolean): Buffer => {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return bigEndian ? le.swap16() : le;
};

const encoders: Record<Transform, (text: string) => Buffer> = {
  crlf: (t) => Buffer.from(t.replace(/\n/g, '\r\n')),
  'utf8-bom': (t) => Buffer.from(`\ufeff${t}`),
  utf16le: (t) => utf16(t, false, false),
  utf16be: (t) => utf16(t, true, false),
  'utf16le-bom': (t) => utf16(t, false, true),
  'utf16be-bom': (t) => utf16(t, true, true),
  'full-width-parens': (t) => Buffer.from(t.replace(/\(/g, '（').replace(/\)/g, '）')),
};

export function readRecipe(caseDir: string): Recipe | null {
  const file = path.join(caseDir, 'recipe.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Recipe) : null;
}

/** A temporary folder: the base, the committed case files, then what the recipe generates. */
export function buildCase(caseDir: string, recipe: Recipe | null): string {
  const base = recipe?.base ?? 'fixtures';
  let dir: string;
  if (base === 'fixtures') dir = fixtureFolder(caseDir);
  else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-bad-input-'));
    if (base === 'data')
      for (const name of fs.readdirSync(path.join(repoRoot, 'data')))
        if (/\.ya?ml$/.test(name)) fs.copyFileSync(path.join(repoRoot, 'data', name), path.join(dir, name));
    fs.cpSync(caseDir, dir, { recursive: true });
  }
  fs.rmSync(path.join(dir, 'recipe.json'), { force: true });
  for (const [target, transform] of Object.entries(recipe?.transform ?? {})) {
    const names = target === '*' ? fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)) : [target];
    for (const name of names)
      fs.writeFileSync(path.join(dir, name), encoders[transform](fs.readFileSync(path.join(dir, name), 'utf8')));
  }
  for (const file of recipe?.files ?? []) {
    for (let i = 1; i <= (file.count ?? 1); i++) {
      const fill = (s: string) => (file.count ? s.replaceAll('{i}', String(i)) : s);
      const content =
        file.hex !== undefined
          ? Buffer.from(file.hex, 'hex')
          : (file.parts ?? []).map((p) => ('text' in p ? fill(p.text) : p.repeat.repeat(p.count))).join('');
      fs.writeFileSync(path.join(dir, fill(file.name)), content);
    }
  }
  for (const link of recipe?.symlinks ?? []) {
    fs.mkdirSync(path.dirname(path.join(dir, link.name)), { recursive: true });
    fs.symlinkSync(link.to, path.join(dir, link.name));
  }
  return dir;
}

export { fixturesDir };
