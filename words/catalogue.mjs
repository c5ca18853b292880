// The one list of Onward's words: every text marked in src/ with tr, trf, trn or tr_later
// (src/core/say.h), sorted, once each, with the files it appears in. A translator works from it.
//
//   node words/catalogue.mjs           writes words/catalogue.txt
//   node words/catalogue.mjs --check   fails if words/catalogue.txt is not current (a CTest test)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalogue = path.join(repo, 'words', 'catalogue.txt');
const MARKS = new Set(['tr', 'trf', 'trn', 'tr_later']);

function* sourceFiles(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sourceFiles(p);
    else if (/\.(cpp|h)$/.test(e.name)) yield p;
  }
}

// A C++ string literal's text as the program sees it (UTF-8), from its source spelling.
function unescape(body) {
  const bytes = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { bytes.push(...Buffer.from(c)); continue; }
    const n = body[++i];
    if (n === 'x') {
      let hex = '';
      while (/[0-9a-fA-F]/.test(body[i + 1] ?? '')) hex += body[++i];
      bytes.push(parseInt(hex, 16) & 0xff);
    } else if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) oct += body[++i];
      bytes.push(parseInt(oct, 8) & 0xff);
    } else {
      bytes.push(...Buffer.from({ n: '\n', t: '\t', r: '\r', 0: '\0' }[n] ?? n));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

// The code of one file as tokens: identifiers, string literals and
// single punctuation characters; comments and character literals are dropped.
function tokens(text) {
  const out = [];
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    if (text.startsWith('//', i)) { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (c === '"') out.push({ kind: 'string', text: unescape(text.slice(i + 1, j)) });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 64));
    if (word) { out.push({ kind: 'word', text: word[0] }); i += word[0].length; continue; }
    out.push({ kind: 'punct', text: c });
    i++;
  }
  return out;
}

// Adjacent literals are one text, as the compiler joins them.
function literal(toks, at) {
  let text = null, i = at;
  while (toks[i]?.kind === 'string') text = (text ?? '') + toks[i++].text;
  return text === null ? null : { text, next: i };
}

function marked(file) {
  const toks = tokens(fs.readFileSync(file, 'utf8'));
  const found = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || !MARKS.has(t.text) || toks[i + 1]?.text !== '(') continue;
    const before = toks[i - 1]?.text;
    if (before === '.' || before === '>') continue; // a member of something else: s.tr(…), p->tr(…)
    const first = literal(toks, i + 2);
    if (!first) continue; // a text passed on from elsewhere: marked where it was written
    let text = JSON.stringify(first.text);
    if (t.text === 'trn' && toks[first.next]?.text === ',') {
      const other = literal(toks, first.next + 1);
      if (other) text += ' / ' + JSON.stringify(other.text);
    }
    found.push({ text, where: path.relative(repo, file) });
  }
  return found;
}

function build() {
  const where = new Map();
  // Files, not lines: moving a line does not make the catalogue stale, changing a text does.
  for (const file of sourceFiles(path.join(repo, 'src')))
    for (const { text, where: w } of marked(file)) where.set(text, [...new Set([...(where.get(text) ?? []), w])]);
  const texts = [...where.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    "# Onward's words: every text a person reads or hears, as marked in src/ with tr, trf, trn",
    '# or tr_later (src/core/say.h), once each, with the files it appears in. Made by',
    '# `node words/catalogue.mjs`; not edited by hand. words/README.md tells how to translate.',
    `# ${texts.length} texts.`,
    '',
    ...texts.flatMap((t) => [t, `    ${where.get(t).join(' ')}`]),
    '',
  ].join('\n');
}

const made = build();
if (process.argv.includes('--check')) {
  const kept = fs.existsSync(catalogue) ? fs.readFileSync(catalogue, 'utf8') : '';
  if (kept !== made) {
    const a = new Set(kept.split('\n')), b = new Set(made.split('\n'));
    const gone = [...a].filter((l) => !b.has(l)), come = [...b].filter((l) => !a.has(l));
    for (const l of gone.slice(0, 20)) console.error(`- ${l}`);
    for (const l of come.slice(0, 20)) console.error(`+ ${l}`);
    console.error('words/catalogue.txt is not current: run `node words/catalogue.mjs` and commit it.');
    process.exit(1);
  }
  console.log('words/catalogue.txt is current.');
} else {
  fs.writeFileSync(catalogue, made);
  console.log(`Wrote ${path.relative(process.cwd(), catalogue)}.`);
}
