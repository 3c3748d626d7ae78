/**
 * Every AWS- or user-supplied string passes through one of these before it is rendered.
 * GitHub renders Markdown *and* raw HTML in summaries and issues, links `@user` and `#123`,
 * and the runner executes any log line that starts with `::`; each helper neutralises all of
 * that for its own context.
 */

import { oneLine, revealInvisible } from '../shared/text.js'

const ZERO_WIDTH_SPACE = '&#8203;'

/** For text between HTML tags or in attribute values. */
export function escapeHtml(value: string): string {
  return revealInvisible(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * For inline Markdown text, including table cells: one line, HTML inert, inline Markdown
 * punctuation backslash-escaped, `|` safe inside tables, and `@mention` / `#123` references
 * broken with a zero-width space so that nobody is pinged or cross-referenced. Only what can be
 * syntax where the text lands is escaped, so that names stay readable in the raw text people
 * edit and copy: `(`, `)` and `!` make links and images only next to `[` `]`, which are
 * escaped; `'` and `"` only quote link titles and attributes, which cannot start here; `-`,
 * `+` and `1.` are list syntax only at the start of a line, so only a leading one is escaped;
 * `@` mentions only at the start of a word (GitHub's words are ASCII letters, digits and `_`),
 * so `ops@example.com` keeps no invisible character.
 */
export function escapeMarkdown(value: string): string {
  // One pass, so that no replacement is itself re-escaped by a later one.
  return oneLine(value)
    .replace(/[&<>|#\\`*_[\]~]|(?<![A-Za-z0-9_])@/g, (ch) => MARKDOWN_REPLACEMENTS[ch] ?? `\\${ch}`)
    .replace(/^([-+]|\d+(?=[.)]))/, (lead) => (/\d/.test(lead) ? `${lead}\\` : `\\${lead}`))
}

const MARKDOWN_REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '#': `#${ZERO_WIDTH_SPACE}`,
  '@': `@${ZERO_WIDTH_SPACE}`
}

/**
 * Inline code (`<code>`) for commands and identifiers: shown literally, safe in table cells.
 * GitHub parses Markdown *inside* inline HTML such as `<code>`, so `[a](b)` there would still
 * become a link and `**x**` bold: every character that Markdown or HTML could act on becomes a
 * numeric entity, which renders (and copies) as the character itself but is never syntax.
 * Quotes stay literal: in element content they are text.
 */
export function codeSpan(value: string): string {
  return `<code>${oneLine(value).replace(/[&<>|[\]()*_`~!\\#@]/g, (ch) => `&#${ch.charCodeAt(0)};`)}</code>`
}

/**
 * A fenced code block whose fence is longer than any backtick run in the content, so that the
 * content cannot close it. Content keeps its line breaks; it is not HTML-escaped because a
 * fenced block shows it literally. A line that would start with an HTML comment is indented by
 * one space: the tracking issue's markers start their lines, and some are looked for without
 * regard to code blocks (so that a fence someone left open cannot hide them).
 */
export function codeBlock(value: string, language = ''): string {
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  const body = revealInvisible(value)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/^(?=<!--)/gm, ' ')
  return `${fence}${language}\n${body}\n${fence}`
}
