/**
 * `npm run screenshots`: the demo's job summary and tracking issue as GitHub shows them, to look
 * at. Renders the Markdown with GitHub's rules (GFM tables, task lists, raw HTML, `> [!WARNING]`
 * alerts) and GitHub's Markdown CSS in a 1,012 px content column, measures in headless Chromium
 * that no table, code block or inline code is wider than the column (a wider one is cut off or
 * scrolls), and writes docs/summary.png and docs/issue.png. Needs `npm run demo` first and a
 * Chromium on the PATH (or CHROMIUM); exits 1 when something overflows.
 *
 * The summary is rendered from the demo's JSON report as the Action writes it (with the run's
 * and the tracking issue's links); the issue is the body the demo's local GitHub API holds.
 * GitHub draws a Mermaid chart from the ```mermaid block in an iframe: it is shown here as a
 * placeholder of its size, not drawn.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Marked } from 'marked'
import markedAlert from 'marked-alert'
import { renderSummary } from '../src/report/summary.js'
import type { Report } from '../src/model/index.js'
import { runScript } from './script-entry.js'

const run = promisify(execFile)

/** GitHub's copy button (Octicons `copy`, MIT). */
const COPY_ICON =
  '<svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor"><path d="M0 6.75C0 5.784.784 5 1.75 5h1.5a.75.75 0 0 1 0 1.5h-1.5a.25.25 0 0 0-.25.25v7.5c0 .138.112.25.25.25h7.5a.25.25 0 0 0 .25-.25v-1.5a.75.75 0 0 1 1.5 0v1.5A1.75 1.75 0 0 1 9.25 16h-7.5A1.75 1.75 0 0 1 0 14.25Z"></path><path d="M5 1.75C5 .784 5.784 0 6.75 0h7.5C15.216 0 16 .784 16 1.75v7.5A1.75 1.75 0 0 1 14.25 11h-7.5A1.75 1.75 0 0 1 5 9.25Zm1.75-.25a.25.25 0 0 0-.25.25v7.5c0 .138.112.25.25.25h7.5a.25.25 0 0 0 .25-.25v-7.5a.25.25 0 0 0-.25-.25Z"></path></svg>'

/** GitHub's Markdown column in a job summary and in an issue body. */
const CONTENT_WIDTH = 1012
/** Page margin around it, as the page around the column. */
const MARGIN = 16

/** The pictures in docs/ show the top of each page (the whole page is checked): modest files. */
const DEFAULT_HEIGHT = 2400

const USAGE = `Usage: npm run screenshots [-- --out docs] [--height ${DEFAULT_HEIGHT}]

Renders demo-output/ (npm run demo) at GitHub's ${CONTENT_WIDTH} px width, checks the whole page
for anything wider, and writes the top --height px (0: the whole page) of each to
<out>/summary.png and <out>/issue.png.
`

interface Options {
  out: string
  height: number
}

function parse(): Options | null {
  const args = process.argv.slice(2)
  if (args.includes('--help')) return null
  const options: Options = { out: 'docs', height: DEFAULT_HEIGHT }
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value = ''] = [args[index], args[index + 1]]
    if (flag === '--out' && value !== '') options.out = value
    else if (flag === '--height' && /^\d+$/.test(value)) options.height = Number(value)
    else throw new Error(`${flag} ${value}: expected --out <directory> or --height <px>.`)
  }
  return options
}

/** What the page reports about itself once rendered. */
interface Measurement {
  height: number
  overflowing: string[]
  checked: number
}

async function main({ out, height }: Options): Promise<number> {
  const report = JSON.parse(
    await readFile('demo-output/aws-cert-watch-report.json', 'utf8')
  ) as Report
  const summary = renderSummary(report, {
    runUrl: 'https://github.com/acme/infra/actions/runs/1',
    issue: { number: 1, url: 'https://github.com/acme/infra/issues/1' }
  })
  const issue = await readFile('demo-output/tracking-issue.md', 'utf8')
  const chromium = process.env.CHROMIUM ?? 'chromium'
  const work = await mkdtemp(join(tmpdir(), 'aws-cert-watch-shots-'))
  let failures = 0
  try {
    for (const [name, markdown] of [
      ['summary', summary],
      ['issue', issue]
    ] as const) {
      const page = join(work, `${name}.html`)
      await writeFile(page, await pageHtml(markdown))
      const measured = await measure(chromium, page)
      const png = join(out, `${name}.png`)
      await screenshot(
        chromium,
        page,
        png,
        height === 0 ? measured.height : Math.min(height, measured.height)
      )
      process.stdout.write(
        `${png}: ${CONTENT_WIDTH} px column, ${measured.height} px tall; ${measured.checked} tables, code blocks and code spans checked, ${measured.overflowing.length} wider than their container\n`
      )
      for (const what of measured.overflowing) process.stdout.write(`  overflows: ${what}\n`)
      failures += measured.overflowing.length
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return failures === 0 ? 0 : 1
}

async function pageHtml(markdown: string): Promise<string> {
  const marked = new Marked({ gfm: true }).use(markedAlert())
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang === 'mermaid') {
          return '<div class="mermaid-placeholder">Mermaid chart (GitHub draws it here)</div>'
        }
        // GitHub wraps a fenced block with its copy button.
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        return `<div class="snippet-clipboard-content"><pre><code>${escaped}</code></pre><span class="copy" title="Copy">${COPY_ICON}</span></div>\n`
      }
    }
  })
  const require = createRequire(import.meta.url)
  const css = await readFile(
    require.resolve('github-markdown-css/github-markdown-light.css'),
    'utf8'
  )
  const body = await marked.parse(markdown)
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: content-box; width: ${CONTENT_WIDTH}px; padding: ${MARGIN}px; }
.snippet-clipboard-content { position: relative; margin-bottom: 16px; }
.snippet-clipboard-content pre { margin-bottom: 0; }
.copy { position: absolute; top: 8px; right: 8px; width: 28px; height: 28px; display: flex;
  align-items: center; justify-content: center; border: 1px solid #d1d9e0; border-radius: 6px;
  background: #f6f8fa; color: #59636e; }
/* GitHub's task lists: no bullet, the box in its place. */
.markdown-body li:has(> input[type=checkbox]),
.markdown-body li:has(> p:first-child > input[type=checkbox]) { list-style-type: none; }
.markdown-body li > input[type=checkbox],
.markdown-body li > p:first-child > input[type=checkbox] { margin: 0 .2em .25em -1.4em; vertical-align: middle; }
.mermaid-placeholder { height: 220px; display: flex; align-items: center; justify-content: center;
  border: 1px dashed #d1d9e0; color: #59636e; margin-bottom: 16px; }
</style></head><body><article class="markdown-body">${body}</article>
<script>
  // Open every <details>, so that the check and the picture see what a click would show.
  for (const details of document.querySelectorAll('details')) details.open = true;
  const column = document.querySelector('.markdown-body').getBoundingClientRect();
  const overflowing = [];
  const boxes = document.querySelectorAll('table, pre, :not(pre) > code');
  for (const box of boxes) {
    const rect = box.getBoundingClientRect();
    const wider = box.scrollWidth > box.clientWidth + 1 && box.clientWidth > 0;
    const outside = rect.right > column.right - ${MARGIN} + 1;
    if (wider || outside) overflowing.push(box.tagName.toLowerCase() + ': ' + box.textContent.slice(0, 80));
  }
  document.title = encodeURIComponent(JSON.stringify({ height: Math.ceil(document.documentElement.scrollHeight), overflowing, checked: boxes.length }));
</script></body></html>`
}

const WINDOW_WIDTH = CONTENT_WIDTH + 2 * MARGIN
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars']

async function measure(chromium: string, page: string): Promise<Measurement> {
  const { stdout } = await run(
    chromium,
    [...CHROMIUM_FLAGS, `--window-size=${WINDOW_WIDTH},2000`, '--dump-dom', `file://${page}`],
    { maxBuffer: 64 * 1024 * 1024 }
  )
  const title = /<title>([^<]*)<\/title>/.exec(stdout)?.[1]
  if (title === undefined) throw new Error(`Chromium rendered no measurement for ${page}.`)
  return JSON.parse(decodeURIComponent(title)) as Measurement
}

async function screenshot(
  chromium: string,
  page: string,
  png: string,
  height: number
): Promise<void> {
  await run(chromium, [
    ...CHROMIUM_FLAGS,
    `--window-size=${WINDOW_WIDTH},${height}`,
    `--screenshot=${png}`,
    `file://${page}`
  ])
}

await runScript(parse, USAGE, main)
