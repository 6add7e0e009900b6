// Builds the general English and French word lists the spelling corrector uses to tell a real word from a typo.
// Run from the repository root (CI never runs it: the generated .txt.gz files are committed):
//   npm install --no-save an-array-of-english-words@2.0.0 an-array-of-french-words@2.0.0
//   node src/FactBot.Core/Text/Spelling/build-wordlists.mjs
// Each list is folded like TextFolding.FoldLower (NFKC, accents removed, ligatures spelled out, lower case), kept only
// when it is letters a-z (hyphenated and elided forms are split by the tokenizer anyway), de-duplicated, sorted by
// ordinal order (what WordList's binary search expects) and written one word a line, gzipped (deterministic bytes).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

const sources = [
  { file: 'words-en.txt.gz', pkg: 'an-array-of-english-words', version: '2.0.0' },
  { file: 'words-fr.txt.gz', pkg: 'an-array-of-french-words', version: '2.0.0' },
];

const fold = (word) =>
  word
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe').replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae').replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase();

for (const { file, pkg, version } of sources) {
  const installed = require(`${pkg}/package.json`).version;
  if (installed !== version) {
    throw new Error(`${pkg} ${installed} is installed; this script is pinned to ${version} (see README.md).`);
  }

  const words = [...new Set(require(`${pkg}/index.json`).map(fold).filter((w) => /^[a-z]+$/.test(w)))];
  // Ordinal (UTF-16 code unit) order, the order .NET's ordinal comparison and the binary search use.
  words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const text = words.join('\n') + '\n';
  const gz = gzipSync(Buffer.from(text, 'ascii'), { level: 9 });
  writeFileSync(join(here, file), gz);
  console.log(`${file}: ${words.length} words, ${text.length} bytes of text, ${gz.length} bytes gzipped (from ${pkg}@${version})`);
}
