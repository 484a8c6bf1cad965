// `npm run docs`: writes docs/rules.md and the generated parts of the schemas (rule ids, roster names) from their sources.
// The generator is TypeScript in src/generate/; bundle it to a temporary module and run it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-generate-')), 'generated-files.mjs');
await build({
  entryPoints: [path.join(root, 'src/generate/generated-files.ts')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const { generatedFiles } = await import(pathToFileURL(out).href);
for (const { file, text } of generatedFiles(root)) {
  const target = path.join(root, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  if (current === text) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote ${file}`);
}
fs.rmSync(path.dirname(out), { recursive: true, force: true });
