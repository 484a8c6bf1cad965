// `npm run docs`: writes docs/rules.md, the generated parts of the schemas (rule ids, roster names) and the types
// generated from the schemas, from their sources.
// The generator is TypeScript in src/generate/; bundle it to a temporary module and run it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
// Inside node_modules so the bundle's external packages resolve from there.
const cache = path.join(root, 'node_modules', '.cache');
fs.mkdirSync(cache, { recursive: true });
const out = path.join(fs.mkdtempSync(path.join(cache, 'plan-generate-')), 'generated-files.mjs');
await build({
  entryPoints: [path.join(root, 'src/generate/generated-files.ts')],
  outfile: out,
  bundle: true,
  // The schema-to-type compiler (and the prettier it formats with) stays a package, not bundled.
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const { generatedFiles } = await import(pathToFileURL(out).href);
for (const { file, text } of await generatedFiles(root)) {
  const target = path.join(root, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  if (current === text) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote ${file}`);
}
fs.rmSync(path.dirname(out), { recursive: true, force: true });
