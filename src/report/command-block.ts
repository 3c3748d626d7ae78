/**
 * A remediation command as a fenced code block (GitHub gives those a copy button), laid out for
 * GitHub's ~1,012 px content column: a long AWS CLI command gets one `--flag value` per line
 * with shell line continuations, a JSON argument is pretty-printed inside its quotes, and a
 * long SQL query starts each clause on a line of its own. What is pasted runs the same as the
 * one-line command.
 */
import { codeBlock } from './escape.js'
import { isSql } from './finding-text.js'

/**
 * Longer commands are broken up. A fenced block shows about 115 monospace characters across
 * the column once indented in a list; a longer line scrolls. Lines are kept to this where a
 * word allows (an ARN is never split).
 */
export const COMMAND_LINE_WIDTH = 100

export function commandBlock(command: string): string {
  return codeBlock(layoutCommand(command), isSql(command) ? 'sql' : 'shell')
}

/** The command as it is shown: unchanged when it is short or already spans several lines. */
export function layoutCommand(command: string): string {
  if (command.length <= COMMAND_LINE_WIDTH || command.includes('\n')) return command
  const words = splitWords(command)
  if (words === null) return command
  return isSql(command) ? sqlLines(words) : shellLines(words)
}

/** Words split at unquoted spaces, quotes kept; null when a quote is left open. */
function splitWords(command: string): string[] | null {
  const words: string[] = []
  let word = ''
  let quote: '"' | "'" | null = null
  for (let index = 0; index < command.length; index += 1) {
    const ch = command.charAt(index)
    if (quote === null && ch === ' ') {
      if (word !== '') words.push(word)
      word = ''
      continue
    }
    word += ch
    if (ch === '\\' && quote !== "'" && index + 1 < command.length) {
      index += 1
      word += command.charAt(index)
    } else if (quote === null && (ch === '"' || ch === "'")) quote = ch
    else if (ch === quote) quote = null
  }
  if (quote !== null) return null
  if (word !== '') words.push(word)
  return words
}

/**
 * `aws service op` on the first line, then each `--flag` and its values on a line of their own;
 * a line still too long continues on the next at a word boundary, indented further.
 */
function shellLines(words: readonly string[]): string {
  const groups: string[][] = [[]]
  for (const word of words) {
    if (word.startsWith('--') && (groups.at(-1) as string[]).length > 0) groups.push([])
    ;(groups.at(-1) as string[]).push(prettyJsonArgument(word))
  }
  const lines = groups.flatMap((group, index) => wrapWords(group, index === 0 ? 0 : 2))
  return lines.join(' \\\n')
}

/** Words filled into lines of COMMAND_LINE_WIDTH, the first indented by `indent`, the rest by 2 more. */
function wrapWords(words: readonly string[], indent: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const pad = ' '.repeat(lines.length === 0 ? indent : indent + 2)
    // A pretty-printed JSON argument spans lines: its first line is what has to fit.
    const lastLine = line.length - (line.lastIndexOf('\n') + 1)
    const firstOfWord = word.split('\n')[0] as string
    if (line === '') line = `${pad}${word}`
    else if (lastLine + 1 + firstOfWord.length <= COMMAND_LINE_WIDTH) line += ` ${word}`
    else {
      lines.push(line)
      line = `${' '.repeat(indent + 2)}${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * A single-quoted JSON argument, indented: a line break is JSON whitespace and stays literal
 * inside single quotes, so the argument is the same JSON document.
 */
function prettyJsonArgument(word: string): string {
  if (word.length <= COMMAND_LINE_WIDTH || !/^'[[{].*'$/s.test(word)) return word
  try {
    const json = JSON.stringify(JSON.parse(word.slice(1, -1)), null, 2)
    // Indented under its flag: whitespace between JSON tokens means nothing.
    return `'${json.replace(/\n/g, '\n  ')}'`
  } catch {
    return word
  }
}

const SQL_CLAUSES = new Set([
  'FROM',
  'WHERE',
  'INNER',
  'LEFT',
  'RIGHT',
  'JOIN',
  'ON',
  'GROUP',
  'ORDER'
])

/** A new line before each clause keyword (JOIN only when no INNER/LEFT/RIGHT precedes it). */
function sqlLines(words: readonly string[]): string {
  const lines: string[][] = [[]]
  words.forEach((word, index) => {
    const keyword = word.toUpperCase()
    const joined = keyword === 'JOIN' && SQL_CLAUSES.has((words[index - 1] ?? '').toUpperCase())
    if (SQL_CLAUSES.has(keyword) && !joined && index > 0) lines.push([])
    ;(lines.at(-1) as string[]).push(word)
  })
  return lines.map((line) => line.join(' ')).join('\n  ')
}
