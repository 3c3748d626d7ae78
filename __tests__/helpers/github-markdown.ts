/**
 * Markdown rendered the way GitHub renders a job summary or an issue body (GFM: tables, task
 * lists, raw HTML, `> [!WARNING]` alerts), so that tests check what a reader sees rather than
 * the raw text. GitHub also sanitises the HTML and links mentions; `textOutsideCode` is the text
 * where it would.
 */
import { Marked } from 'marked'
import markedAlert from 'marked-alert'

export function renderGitHubMarkdown(markdown: string): string {
  return new Marked({ gfm: true }).use(markedAlert()).parse(markdown, { async: false })
}

/** The rendered HTML without its code blocks and code spans, which GitHub shows literally. */
export function textOutsideCode(html: string): string {
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '')
}

/** The text of each fenced code block of one language, entities decoded. */
export function codeBlocks(html: string, language: string): string[] {
  const pattern = new RegExp(
    `<pre><code class="language-${language}">([\\s\\S]*?)</code></pre>`,
    'g'
  )
  return [...html.matchAll(pattern)].map((match) =>
    (match[1] ?? '')
      .replace(/\n$/, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  )
}
