// Runs alex or write-good in one Node process over the reply texts of a JSONL corpus, through each tool's own
// JavaScript API (the API their CLIs call), and prints one JSON object: replies, UTF-8 bytes, seconds, findings.
// Only the lint calls are timed; a short warm-up on the first replies is not counted.
// usage: node js-linters.mjs alex|write-good CORPUS.jsonl NODE_PREFIX [--stride K]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const [tool, corpusPath, prefix, ...rest] = process.argv.slice(2);
if (!tool || !corpusPath || !prefix) {
  console.error('usage: node js-linters.mjs alex|write-good CORPUS.jsonl NODE_PREFIX [--stride K]');
  process.exit(2);
}
const strideIndex = rest.indexOf('--stride');
const stride = strideIndex >= 0 ? Number.parseInt(rest[strideIndex + 1], 10) : 1;
if (!(stride >= 1)) {
  console.error('js-linters: --stride needs a whole number of at least 1');
  process.exit(2);
}

const texts = [];
readFileSync(corpusPath, 'utf8').split('\n').forEach((line, index) => {
  if (line.trim() === '') return;
  let reply;
  try {
    reply = JSON.parse(line);
  } catch (error) {
    console.error(`${corpusPath}:${index + 1}: invalid JSON (${error.message})`);
    process.exit(2);
  }
  if (typeof reply.text !== 'string') {
    console.error(`${corpusPath}:${index + 1}: no string "text" field`);
    process.exit(2);
  }
  texts.push(reply.text);
});
const sample = stride === 1 ? texts : texts.filter((_, index) => index % stride === 0);

let lint;
if (tool === 'alex') {
  // alex's plain-text mode: replies are prose, not Markdown.
  const alex = await import(pathToFileURL(join(prefix, 'node_modules', 'alex', 'index.js')).href);
  lint = (text) => alex.text(text).messages.length;
} else if (tool === 'write-good') {
  const require = createRequire(join(prefix, 'node_modules', 'write-good', 'package.json'));
  const writeGood = require('write-good');
  lint = (text) => writeGood(text).length;
} else {
  console.error(`js-linters: unknown tool '${tool}' (alex or write-good)`);
  process.exit(2);
}

for (const text of sample.slice(0, 50)) lint(text);

let findings = 0;
let flagged = 0;
const start = process.hrtime.bigint();
for (const text of sample) {
  const count = lint(text);
  findings += count;
  if (count > 0) flagged++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

let utf8Bytes = 0;
for (const text of sample) utf8Bytes += Buffer.byteLength(text, 'utf8');
console.log(JSON.stringify({
  tool,
  replies: sample.length,
  corpusReplies: texts.length,
  stride,
  utf8Bytes,
  seconds,
  findings,
  flaggedReplies: flagged,
}));
