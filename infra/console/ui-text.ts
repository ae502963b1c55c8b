// The console's UI text in either language, read from its source: every `t('中文', 'English')` of
// apps/console/src and every `['中文', 'English']` of its vocabularies (src/i18n.tsx). The browser
// tests name a text by its English and find it in the language of the run, so a Chinese text that
// changes changes the test with it, and one that is missing fails it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Lang = 'zh' | 'en';

const SRC = path.resolve(__dirname, '../../apps/console/src');

interface Entry {
  readonly zh: string;
  readonly en: string;
  readonly file: string;
}

// A string literal of one kind of quote, escapes allowed: '…', "…" or `…` (with ${…} inside).
const literal = String.raw`('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60)`;
const T_CALL = new RegExp(String.raw`\bt\(\s*${literal}\s*,\s*${literal}\s*,?\s*\)`, 'g');
const PAIR = new RegExp(String.raw`\[\s*${literal}\s*,\s*${literal}\s*\]`, 'g');

const unquote = (quoted: string) => quoted.slice(1, -1).replace(/\\(.)/g, '$1');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'schema') yield* sources(full);
    } else if (entry.name.endsWith('.tsx')) yield full;
  }
}

let dictionary: Entry[] | undefined;

function entries(): Entry[] {
  if (dictionary) return dictionary;
  dictionary = [];
  for (const file of sources(SRC)) {
    const code = readFileSync(file, 'utf8');
    const name = path.relative(SRC, file);
    for (const pattern of [T_CALL, PAIR])
      for (const [, zh, en] of code.matchAll(pattern))
        dictionary.push({ zh: unquote(zh), en: unquote(en), file: name });
  }
  return dictionary;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER = /\$\{([^}]*)\}/g;

/** The English text (or template) matched against a concrete English text: the values of its ${…}. */
function matchTemplate(template: string, text: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = template
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 ? (names.push(part), '(.+?)') : escapeRegExp(part)))
    .join('');
  const m = new RegExp(`^${source}$`).exec(text);
  return m ? Object.fromEntries(names.map((n, i) => [n, m[i + 1]])) : undefined;
}

/**
 * The text of the run's language for a text the console shows in English: `ui('en')('Register')`
 * is 'Register', `ui('zh')('Register')` '登记', `ui('zh')('Party 2 share (%)')` '第 2 方份额 (%)'.
 * `file` picks among texts that read the same in English but not in Chinese.
 */
export function ui(lang: Lang) {
  return (english: string, file?: string): string => {
    const found = entries()
      .filter((e) => !file || e.file.endsWith(file))
      .flatMap((e) => {
        const values = matchTemplate(e.en, english);
        if (!values) return [];
        const zh = e.zh.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
        // The closest text wins: 'Party 1 share (%)' over 'Party ${i + 1}' read as 'Party 1 share …'.
        return [{ zh, filled: Object.values(values).join('').length }];
      });
    const closest = Math.min(...found.map((f) => f.filled));
    const distinct = [...new Set(found.filter((f) => f.filled === closest).map((f) => f.zh))];
    if (distinct.length === 0)
      throw new Error(`the console has no text "${english}"${file ? ` in ${file}` : ''}`);
    if (distinct.length > 1)
      throw new Error(`"${english}" reads ${distinct.join(' or ')} in Chinese: name the file`);
    return lang === 'en' ? english : distinct[0];
  };
}
