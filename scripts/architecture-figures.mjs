#!/usr/bin/env node
// The figures issue 13 ("one path for every change") is judged by, measured on a tree so they can be
// taken again after any change: `node scripts/architecture-figures.mjs [dir] [--json]` (dir defaults to
// this checkout). It reads the sources with the TypeScript parser the project already installs, so
// comments and strings never count as code. Where a figure rests on a heuristic, the files behind it
// are listed: a row is a place to look, not a verdict. docs/architecture.md says what the rules are.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.');

const LAYERS = ['app', 'components', 'lib', 'db'];
/** General modules: they may serve every area and must know none. */
const GENERAL = ['lib/realtime', 'lib/uploads', 'lib/auth', 'lib/i18n'];
/** Product areas of lib/; the rest of lib/ (audit, errors, forms, mail, notifications, policy, verb …) is shared plumbing. */
const FEATURES = ['announcements', 'brand', 'complaints', 'export', 'groups', 'home', 'invitations', 'join-requests', 'members', 'metrics', 'moderation', 'search', 'threads'];
/** Names of exported functions that decide "may this actor do this". */
const DECIDER = /^(can|can[A-Z]\w*|may[A-Z]\w*|refus\w*|\w+Refusal|assert(Can|Complaint|Moderation|Sanction|Standing)\w*)$/;

// ---------------------------------------------------------------------------------------------- files

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const rel = (f) => path.relative(root, f).split(path.sep).join('/');
const files = LAYERS.flatMap((l) => walk(path.join(root, l))).map(rel).sort();
const fileSet = new Set(files);
const layerOf = (f) => f.split('/')[0];
const under = (f, dir) => f === dir || f.startsWith(dir + '/');
const featureOf = (f) => (f.startsWith('lib/') ? FEATURES.find((a) => under(f, `lib/${a}`)) : undefined);

function resolve(from, spec) {
  let base;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (fileSet.has(c)) return c;
  return null;
}

// ---------------------------------------------------------------------------------------------- parse

const parsed = new Map();
for (const f of files) {
  const text = readFileSync(path.join(root, f), 'utf8');
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true, f.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const info = { text, imports: [], exported: [], calls: new Set(), transaction: false, strings: new Set(), code: '' };
  const isExported = (n) => ts.getModifiers?.(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const addImport = (spec, typeOnly) => {
    const to = resolve(f, spec);
    if (to) info.imports.push({ to, typeOnly });
  };
  const visit = (n) => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : [];
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && named.length > 0 && named.every((e) => e.isTypeOnly)));
      addImport(n.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      addImport(n.moduleSpecifier.text, n.isTypeOnly);
    } else if (ts.isCallExpression(n)) {
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) addImport(n.arguments[0].text, false);
      if (ts.isIdentifier(n.expression)) info.calls.add(n.expression.text);
      if (ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'transaction') info.transaction = true;
    } else if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      info.strings.add(n.text);
    }
    if (ts.isFunctionDeclaration(n) && n.name && isExported(n)) info.exported.push({ name: n.name.text, node: n });
    if (ts.isVariableStatement(n) && isExported(n))
      for (const d of n.declarationList.declarations) if (ts.isIdentifier(d.name)) info.exported.push({ name: d.name.text, node: d.initializer });
    ts.forEachChild(n, visit);
  };
  visit(sf);
  // Every top-level function by name, exported or not, to follow which of them open a transaction.
  info.functions = [];
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) info.functions.push({ name: st.name.text, text: st.getText() });
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) info.functions.push({ name: d.name.text, text: d.initializer.getText() });
  }
  // The code without comments, one token after another, for the few figures read as text.
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const tokens = [];
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) tokens.push(scanner.getTokenText());
  info.code = tokens.join(' ');
  parsed.set(f, info);
}

const importersOf = new Map(files.map((f) => [f, []]));
for (const [f, info] of parsed) for (const i of info.imports) importersOf.get(i.to)?.push(f);

// ---------------------------------------------------------------------------------------------- figures

/** A verb: an exported function called as `verb({ actor, input })`, or one made by the frame. */
function isVerb(entry) {
  const n = entry.node;
  if (n && ts.isCallExpression(n) && ts.isIdentifier(n.expression) && /^define(Public)?Verb$/.test(n.expression.text)) return true;
  const fn = n && (ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) ? n : null;
  const first = fn?.parameters[0]?.name;
  if (!first || !ts.isObjectBindingPattern(first)) return false;
  const names = first.elements.map((e) => (e.propertyName ?? e.name).getText());
  return names.includes('actor') && names.includes('input');
}
const verbFiles = files.filter((f) => f.startsWith('lib/') && parsed.get(f).exported.some(isVerb));

// (a) Frames: a lib module that opens the transaction for the work a verb hands it.
const frames = [];
for (const f of files.filter((x) => x.startsWith('lib/') && parsed.get(x).transaction)) {
  // The functions that open the transaction themselves, or through another function of the file.
  const { functions, exported } = parsed.get(f);
  const opening = new Set(functions.filter((fn) => /\.transaction\(/.test(fn.text)).map((fn) => fn.name));
  for (let grew = true; grew; ) {
    grew = false;
    for (const fn of functions) if (!opening.has(fn.name) && [...opening].some((name) => new RegExp(`\\b${name}\\b`).test(fn.text))) opening.add(fn.name), (grew = true);
  }
  for (const name of opening) if (!exported.some((e) => e.name === name)) opening.delete(name);
  const users = new Set();
  for (const imp of importersOf.get(f)) if (verbFiles.includes(imp) && [...opening].some((name) => parsed.get(imp).calls.has(name))) users.add(imp);
  if (users.size >= 1) frames.push({ file: f, entry: [...opening].join(', '), verbs: users.size });
}
const frameFiles = new Set(frames.map((x) => x.file));
const ownTransaction = files.filter((f) => (f.startsWith('lib/') || f.startsWith('app/')) && parsed.get(f).transaction && !frameFiles.has(f));

// (b) Verbs per change.
const verbsWhere = (test) => verbFiles.filter((f) => test(parsed.get(f)));
const perChange = {
  lock: verbsWhere((i) => /\bupdate \( threads \)/.test(i.code) && /\blocked\b/.test(i.code)),
  redact: verbsWhere((i) => i.exported.some((e) => isVerb(e) && /^redact/i.test(e.name))),
  'suspend/ban': verbsWhere((i) => /\bupdate \( users \)/.test(i.code) && ['ban', 'banned', 'suspended', 'suspension'].some((s) => i.strings.has(s))),
};

// (c) Places that decide policy.
const deciders = [];
for (const f of files.filter((x) => !x.startsWith('db/'))) {
  const names = parsed
    .get(f)
    .exported.filter(({ name, node }) => {
      if (!DECIDER.test(name)) return false;
      // `assertCan(allowed: boolean)` and `refuse(reason): never` only throw what someone else decided.
      const fn = node && (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node)) ? node : null;
      if (fn?.type?.kind === ts.SyntaxKind.NeverKeyword) return false;
      return !(fn && fn.parameters.length === 1 && fn.parameters[0].type?.kind === ts.SyntaxKind.BooleanKeyword);
    })
    .map((e) => e.name);
  if (names.length) deciders.push({ file: f, names: [...new Set(names)] });
}
// lib/policy/ is one place: one entry point over its rule tables.
const policyPlaces = [...new Set(deciders.map((d) => (under(d.file, 'lib/policy') ? 'lib/policy/' : d.file)))];
const assertCanWriteCalls = files.reduce((n, f) => n + (parsed.get(f).code.match(/\bassertCanWrite \(/g)?.length ?? 0) - (/\bfunction assertCanWrite \(/.test(parsed.get(f).code) ? 1 : 0), 0);

// (d) Imports that run upward.
const importing = (from, to) => files.filter((f) => from(f) && parsed.get(f).imports.some((i) => to(i.to, f)));
const upward = {
  'components/ → app/': importing((f) => layerOf(f) === 'components', (t) => layerOf(t) === 'app'),
  'lib/ → components/ or app/': importing((f) => layerOf(f) === 'lib', (t) => ['components', 'app'].includes(layerOf(t))),
  'db/ → lib/, components/ or app/': importing((f) => layerOf(f) === 'db', (t) => layerOf(t) !== 'db'),
  'general (lib/realtime, uploads, auth, i18n) → a feature area': importing((f) => GENERAL.some((g) => under(f, g)), (t) => featureOf(t) !== undefined),
};

// (e) Import circles: strongly connected groups of files (Tarjan), with type-only imports and without.
function circles(runtimeOnly) {
  const edges = new Map(files.map((f) => [f, [...new Set(parsed.get(f).imports.filter((i) => !runtimeOnly || !i.typeOnly).map((i) => i.to))]]));
  let index = 0;
  const idx = new Map(), low = new Map(), stack = [], on = new Set(), out = [];
  const strong = (v) => {
    idx.set(v, index), low.set(v, index++), stack.push(v), on.add(v);
    for (const w of edges.get(v)) {
      if (!idx.has(w)) strong(w), low.set(v, Math.min(low.get(v), low.get(w)));
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const group = [];
      let w;
      do (w = stack.pop()), on.delete(w), group.push(w);
      while (w !== v);
      if (group.length > 1 || edges.get(v).includes(v)) out.push(group.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) strong(f);
  return out;
}

// (f) `as never`, counted as `grep -c` counts it: lines.
const asNever = Object.fromEntries(['app', 'components', 'lib'].map((l) => [l, files.filter((f) => layerOf(f) === l).reduce((n, f) => n + parsed.get(f).text.split('\n').filter((line) => line.includes('as never')).length, 0)]));

// (g) Duplicated places, by the `duplicates` command where the machine has it.
let duplicates;
try {
  duplicates = execFileSync('duplicates', ['--repo', root, '--most', '1', '--seconds', '120'], { encoding: 'utf8' }).split('\n')[0];
} catch {
  duplicates = 'the `duplicates` command is not available here';
}

// ---------------------------------------------------------------------------------------------- report

const figures = {
  root,
  verbs: verbFiles.length,
  frames,
  ownTransaction,
  perChange,
  policyPlaces,
  deciders,
  assertCanWriteCalls,
  upward,
  circles: { withTypeImports: circles(false), runtimeOnly: circles(true) },
  asNever: { ...asNever, total: Object.values(asNever).reduce((a, b) => a + b, 0) },
  duplicates,
};

if (asJson) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const list = (xs) => xs.map((x) => `      ${x}`).join('\n');
  const lines = [
    `Architecture figures of ${root} (${files.length} files in ${LAYERS.join(', ')}; ${verbFiles.length} verb files)`,
    '',
    `(a) mutation frames: ${frames.length}`,
    list(frames.map((x) => `${x.file}: ${x.entry} (called by ${x.verbs} verb${x.verbs === 1 ? '' : 's'})`)),
    `    files in lib/ and app/ that open their own transaction: ${ownTransaction.length}`,
    `(b) verbs per change: ${Object.entries(perChange).map(([k, v]) => `${k} ${v.length}`).join(', ')}`,
    ...Object.entries(perChange).map(([k, v]) => `    ${k}:\n${list(v)}`),
    `(c) places that decide policy: ${policyPlaces.length} (lib/policy/ counted once)`,
    list(deciders.map((d) => `${d.file}: ${d.names.join(', ')}`)),
    `    assertCanWrite calls: ${assertCanWriteCalls}`,
    `(d) upward imports (files):`,
    ...Object.entries(upward).map(([k, v]) => `    ${k}: ${v.length}${v.length && v.length <= 12 ? `\n${list(v)}` : ''}`),
    `(e) import circles: ${figures.circles.withTypeImports.length} (counting type-only imports), ${figures.circles.runtimeOnly.length} (runtime imports only)`,
    list(figures.circles.withTypeImports.map((g) => g.join(' ↔ '))),
    `(f) lines with \`as never\`: app ${asNever.app}, components ${asNever.components}, lib ${asNever.lib}, total ${figures.asNever.total}`,
    `(g) duplicates: ${duplicates}`,
  ];
  console.log(lines.filter((l) => l !== '').join('\n'));
}
