/**
 * Hostile text from AWS stays text everywhere the action writes it: the job summary (Markdown +
 * HTML), the workflow commands on stdout (annotations), the log, and the tracking issue body.
 *
 * Where it can come from: RDS identifiers are restricted to letters, digits and hyphens, but ACM
 * domain names (free text in the emulator, as in an imported certificate's subject), failure and
 * renewal reasons, and the message of an AWS error (here a fault whose code is the payload) are
 * free text. The estate format has no tags, so tag values are not covered.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import { parseIssueBody } from '../../src/report/issue/body.js'
import type { Report } from '../../src/model/index.js'
import {
  rolesFor,
  startLocalServices,
  STEP_GITHUB_TOKEN,
  type LocalServices
} from './local-services.js'
import { REPOSITORY, runAction, type ActionRun } from './run-action.js'

const ACCOUNT = '111111111111'
const [OWNER, REPO] = REPOSITORY.split('/') as [string, string]

/** Markdown, HTML, mentions, references and workflow commands, on one line. */
const PAYLOAD =
  '[x](https://evil) **b** a|b <img src=x onerror=alert(1)> <!-- hidden @octocat see #1 ::error::pwned %0A::set-output name=pwned::1'
/** The same with real line breaks, so that a command could start a line if one survived. */
const MULTILINE = 'multi\n::error::pwned\r\n::set-output name=pwned::1\n%0A::warning::pwned'

/** Fragments that must never appear as written: each would be live syntax somewhere. */
const LIVE_FRAGMENTS = [
  '[x](https://evil)',
  '**b**',
  'a|b',
  '<img',
  '<!-- hidden',
  '@octocat',
  'see #1'
]

/** Workflow commands the action itself issues; anything else on stdout would be injected. */
const OWN_COMMANDS = new Set([
  'group',
  'endgroup',
  'debug',
  'add-mask',
  'error',
  'warning',
  'notice'
])

const estate: Estate = {
  defaultAccount: ACCOUNT,
  accounts: {
    [ACCOUNT]: {
      regions: {
        'us-east-1': {
          rds: { instances: [{ id: 'orders-db', engine: 'postgres' }] },
          acm: {
            certificates: [
              { domain: PAYLOAD, status: 'FAILED', failureReason: PAYLOAD, inUseBy: [] },
              {
                domain: 'shop.example.com',
                notAfter: '+10d',
                inUseBy: [
                  'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/shop/1'
                ],
                renewal: { status: 'FAILED', reason: PAYLOAD }
              },
              { domain: MULTILINE, type: 'IMPORTED', notAfter: '+5d' }
            ]
          }
        },
        'eu-west-1': {}
      }
    }
  }
}

/**
 * What a reader sees of rendered Markdown/HTML text, roughly: entities decoded, backslash
 * escapes and the zero-width spaces that break mentions removed.
 */
function shownText(markdown: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' }
  return markdown
    .replace(/&#8203;/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(
      /&#(\d+);|&(amp|lt|gt|quot);/g,
      (_, code: string | undefined, name: string | undefined) =>
        code !== undefined ? String.fromCharCode(Number(code)) : (named[name as string] as string)
    )
}

/** Runs of consecutive lines that start with `|`. */
function markdownTables(markdown: string): string[][] {
  const tables: string[][] = []
  let current: string[] = []
  for (const line of [...markdown.split('\n'), '']) {
    if (line.startsWith('|')) current.push(line)
    else if (current.length > 0) {
      tables.push(current)
      current = []
    }
  }
  return tables
}

/**
 * The text without its fenced code blocks, which GitHub shows literally (no Markdown, HTML or
 * mention in them is live): a command that names the payload is copied from one as written.
 */
function outsideFencedBlocks(markdown: string): string {
  const kept: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === null && marker !== undefined) fence = marker
    else if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        if (/^ {0,3}(`{3,}|~{3,})\s*$/.test(line)) fence = null
      }
    } else kept.push(line)
  }
  return kept.join('\n')
}

function expectNoLiveFragment(markdown: string): void {
  const text = outsideFencedBlocks(markdown)
  for (const fragment of LIVE_FRAGMENTS) expect(text).not.toContain(fragment)
  // Each fence is longer than any backtick run in its command, so none closes early: the
  // blocks are exactly the fences the renderers wrote.
  expect(text).not.toMatch(/^ {0,3}(`{3,}|~{3,})/m)
}

describe('AWS-supplied text carrying Markdown, HTML, mentions and workflow commands', () => {
  let services: LocalServices
  let run: ActionRun
  let report: Report

  beforeAll(async () => {
    services = await startLocalServices({
      estate,
      knobs: {
        faults: [
          { service: 'rds', region: 'eu-west-1', error: PAYLOAD },
          { service: 'acm', region: 'eu-west-1', error: PAYLOAD }
        ]
      }
    })
    run = await runAction({
      githubToken: STEP_GITHUB_TOKEN,
      env: services.env,
      inputs: {
        'role-to-assume': rolesFor([ACCOUNT]),
        regions: 'us-east-1,eu-west-1',
        'fail-on': 'warning'
      }
    })
    expect(run.report).not.toBeNull()
    report = run.report as Report
  })
  afterAll(() => services.close())

  it('reaches the report unchanged (the test exercises what it claims)', () => {
    const names = report.findings.map((finding) => finding.resourceName)
    expect(names).toEqual(expect.arrayContaining([PAYLOAD, MULTILINE, 'shop.example.com']))
    const failed = report.coverage.filter((row) => row.status === 'failed')
    expect(failed).toHaveLength(2)
    for (const row of failed) expect(row.detail).toContain('<img src=x onerror=alert(1)>')
    expect(run.exitCode).toBe(1)
  })

  it('is inert in the job summary, yet shown as written', () => {
    expectNoLiveFragment(run.summary)
    const shown = shownText(run.summary)
    expect(shown).toContain(PAYLOAD)
    expect(shown).toContain(`issuance failed: ${PAYLOAD}`)
    expect(shown).toContain(`Managed renewal failed: ${PAYLOAD}`)
    // Each table row keeps its header's columns: no line break or pipe from the payload splits it.
    for (const table of markdownTables(run.summary)) {
      const columns = (row: string) => row.split('|').length
      for (const row of table) expect(columns(row)).toBe(columns(table[0] as string))
    }
  })

  it('injects no workflow command on stdout or stderr', () => {
    const names = new Set(run.commands.map((command) => command.command))
    for (const name of names) expect(OWN_COMMANDS).toContain(name)
    expect(run.stdout).not.toMatch(/^::set-output/m)
    expect(run.stdout).not.toMatch(/^::(error|warning)::pwned/m)
    expect(run.stderr).not.toMatch(/^::/m)
    expect(run.annotations.some((a) => a.message.startsWith('pwned'))).toBe(false)
    // One annotation per finding, the failed scans' warning and the failure line: nothing was
    // split into extra commands.
    expect(run.annotations).toHaveLength(report.findings.length + 2)
  })

  it('keeps the payload as one line of text inside the annotations', () => {
    const texts = run.annotations.map((a) => `${a.properties.title ?? ''} ${a.message}`)
    expect(texts.some((text) => text.includes(PAYLOAD))).toBe(true)
    expect(
      texts.some((text) =>
        text.includes('multi ::error::pwned ::set-output name=pwned::1 %0A::warning::pwned')
      )
    ).toBe(true)
    for (const annotation of run.annotations) {
      expect(annotation.message).not.toMatch(/[\r\n]/)
      expect(annotation.properties.title ?? '').not.toMatch(/[\r\n]/)
    }
  })

  it('keeps the log to one line per message', () => {
    const faultLines = run.logLines.filter((line) => line.includes('<img src=x onerror=alert(1)>'))
    expect(faultLines.length).toBeGreaterThan(0)
    for (const line of run.stdout.split('\n')) {
      if (line.includes('pwned')) {
        expect(line).not.toMatch(/^::(?!error |error::|warning |notice |debug::)/)
      }
    }
  })

  it('is inert in the tracking issue body, whose markers still parse', () => {
    const [issue] = services.github.state.issues(OWNER, REPO)
    expect(issue).toBeDefined()
    const body = issue?.body ?? ''
    expectNoLiveFragment(body)
    expect(shownText(body)).toContain(PAYLOAD)
    const parsed = parseIssueBody(body)
    expect([...parsed.knownSeverities.keys()].sort()).toEqual(
      report.findings.map((finding) => finding.id).sort()
    )
  })
})
