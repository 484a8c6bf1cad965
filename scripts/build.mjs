// Build: precompile the schemas, bundle the whole CLI and each command alone into CommonJS files (each loaded through
// V8's code cache by bin/load-bundle.js), then write the code caches.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { makeCodeCaches } from './code-cache.mjs';
import { compileSchemas } from './compile-schemas.mjs';

const root = path.resolve(import.meta.dirname, '..');

// commander requires child_process at load (only for executable subcommands, which plan has none of); loading it
// pulls in net, dgram and streams, ~3 ms per run. Hand commander a stand-in that loads the real module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('commander') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
// chalk detects colour support at load through node:tty, which pulls in node:net (~5 ms per run). plan always passes an
// explicit level (cli/context.ts), so the bundle gets a detector that reports none.
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};
// The `yaml` package (a quarter of the bundle) is only needed for files outside the subset plain-yaml.ts reads, to locate
// findings and to format files; evaluating it at load cost every run ~2 ms. Its imports get a stand-in that requires the
// bundled package on first use.
const lazyYaml = {
  name: 'lazy-yaml',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) =>
      args.namespace === 'lazy-yaml' ? undefined : { path: 'yaml', namespace: 'lazy-yaml' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: [
        'let lib;',
        "const yaml = () => (lib ??= require('yaml'));",
        ...['isAlias', 'isMap', 'isNode', 'isPair', 'isScalar', 'isSeq', 'isCollection', 'parseDocument', 'visit'].map(
          (name) => `export const ${name} = (...args) => yaml().${name}(...args);`,
        ),
        // Called with `new`: a constructor that returns an object makes `new` yield that object.
        ...['LineCounter', 'Lexer'].map(
          (name) => `export function ${name}(...args) { return new (yaml().${name})(...args); }`,
        ),
      ].join('\n'),
    }));
  },
};
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * Every command as src/cli/commands/index.ts imports it, in help order; a command's file is named as the command. Each
 * gets a bundle of its own (dist/plan-<command>.cjs) besides the whole CLI (dist/plan.cjs): bin/load-bundle.js picks it.
 */
const commandIndex = path.join(root, 'src/cli/commands/index.ts');
const commands = [
  ...fs.readFileSync(commandIndex, 'utf8').matchAll(/^import \{ (register\w+) \} from '\.\/([a-z]+)\.js';$/gm),
].map(([, register, name]) => ({ register, name }));
/** The bundle of one command: the list of commands is that command alone, so esbuild leaves every other one out. */
const onlyCommand = ({ register, name }) => ({
  name: 'only-command',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]commands[\\/]index\.ts$/ }, () => ({
      contents: `import { ${register} } from './${name}.js';\nexport const commands = [${register}];`,
      loader: 'ts',
      resolveDir: path.dirname(commandIndex),
    }));
  },
});

compileSchemas();
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const shared = {
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  // One file per entry: a code cache covers one script, and lazily used code (the `yaml` locator) costs nothing until called.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Prefer CommonJS builds where packages ship both: the `yaml` CJS build parses ~1.8x faster on Node 20.
  mainFields: ['main', 'module'],
  define: {
    PLAN_VERSION: JSON.stringify(pkg.version),
    'import.meta.url': '__planMeta.url',
  },
  // Computed on use: pathToFileURL costs ~0.8 ms, and most runs never ask.
  banner: {
    js: [
      'const __planMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };',
      'const __lazyBuiltin = (id) => { let m; return new Proxy({}, { get: (_, k) => ((m ??= require(id)), k === "default" ? m : m[k]) }); };',
    ].join('\n'),
  },
  legalComments: 'none',
  // Smaller source reads and hashes faster at every start; names are kept for readable internal-error traces.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [lazyChildProcess, noColorDetection, lazyYaml],
  logLevel: 'warning',
};
const bundle = (name, plugins) =>
  build({
    ...shared,
    entryPoints: { [name]: path.join(root, 'src/cli/main.ts') },
    plugins: [...shared.plugins, ...plugins],
  });
const bundles = ['plan', ...commands.map((c) => `plan-${c.name}`)];
await Promise.all([bundle('plan', []), ...commands.map((c) => bundle(`plan-${c.name}`, [onlyCommand(c)]))]);
// esbuild wraps each import of a Node built-in in __toESM, which copies every export onto a new object (~1.5 ms per run
// for our ~25 imports of fs, path and os). An object that inherits the module's exports and adds `default` serves the same.
const builtinImport = /__toESM\(require\("(node:[a-z_]+)"\),1\)/g;
// node:crypto (random temporary names, only when writing a file) costs ~0.3–0.5 ms to require and most runs never
// use it: it is loaded on first use (__lazyBuiltin, in the banner), in default and in named imports alike.
const lazyBuiltins = ['node:crypto'];
const builtinObject = (_, id) =>
  lazyBuiltins.includes(id)
    ? `__lazyBuiltin(${JSON.stringify(id)})`
    : `{__proto__:require(${JSON.stringify(id)}),default:require(${JSON.stringify(id)})}`;
const namedImport = new RegExp(`(import_node_[a-z_]+\\d*)=require\\("(${lazyBuiltins.join('|')})"\\)`, 'g');
// esbuild escapes non-ASCII characters in strings but not in regular expressions (the name and title normalisers
// hold （），《》…). Escaping those too makes the bundle pure ASCII, which bin/load-bundle.js reads as latin1: a
// one-byte string, read without UTF-8 decoding (~0.8 ms) and half the memory of the two-byte string one CJK character
// forces. \uXXXX means the same character in a string, a template and a regular expression alike.
const nonAscii = /[^\x00-\x7f]/g;
const escapeChar = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
// The file is written as the function CommonJS would wrap it in, which bin/load-bundle.js compiles as it is: wrapping
// it there made a second 0.8 MB string on every run, and one more garbage collection (~1 ms of `plan tasks`).
for (const name of bundles) {
  const file = path.join(root, 'dist', `${name}.cjs`);
  const source = fs.readFileSync(file, 'utf8');
  const body = source
    .replace(builtinImport, builtinObject)
    .replace(namedImport, (_, name, id) => `${name}=__lazyBuiltin(${JSON.stringify(id)})`)
    .replace(nonAscii, escapeChar);
  fs.writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {${body}\n})`);
}
await makeCodeCaches(
  root,
  commands.map((c) => c.name),
);
