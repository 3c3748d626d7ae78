import { DEFAULT_SUMMARY_MAX_BYTES, renderSummary } from '../../src/report/summary.js'
import { coverageRow, manyFindings, report } from './report-factories.js'

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

describe('renderSummary size budget', () => {
  it('stays under 1 MiB by dropping the least urgent rows first, with a visible note', () => {
    const findings = [
      ...manyFindings(500, 'expired'),
      ...manyFindings(1000, 'critical'),
      ...manyFindings(1500, 'warning'),
      ...manyFindings(1500, 'notice')
    ]
    const text = renderSummary(report(findings), {})
    expect(bytes(text)).toBeLessThanOrEqual(DEFAULT_SUMMARY_MAX_BYTES)
    expect(DEFAULT_SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024)
    expect(text).toMatch(/> \*\*Note:\*\* \d+ less urgent findings are not shown \(.*notice\)/)
    expect(text).toContain('expired-0499')
    expect(text).toContain('critical-0999')
    // Each finding carries its fix in a fenced block: the cut falls among the warnings.
    expect(text).toContain('warning-0000')
    expect(text).not.toContain('warning-1499')
    expect(text).not.toContain('notice-0000')
    expect(text).toMatch(/not shown \(\d+ warning, 1500 notice\)/)
    // Rows are dropped from the tail of the most-urgent-first order, never from the middle.
    expect(text).not.toMatch(/### Notice[\s\S]*### Warning/)
  })

  it('uses the whole budget it is given and no more', () => {
    const findings = manyFindings(60, 'warning')
    const full = renderSummary(report(findings), { maxBytes: 10_000_000 })
    expect(full).not.toContain('not shown')
    const budget = Math.floor(bytes(full) / 2)
    const trimmed = renderSummary(report(findings), { maxBytes: budget })
    expect(bytes(trimmed)).toBeLessThanOrEqual(budget)
    const shown = (trimmed.match(/\| <code>warning-/g) ?? []).length
    expect(shown).toBeGreaterThan(20)
    expect(shown).toBeLessThan(60)
    expect(trimmed).toContain(
      `${60 - shown} less urgent findings are not shown (${60 - shown} warning)`
    )
  })

  it('falls back to failures-only coverage, then a hard cut, for tiny budgets', () => {
    const coverage = Array.from({ length: 200 }, (_, i) => coverageRow({ region: `r-${i}` }))
    const compact = renderSummary(report(manyFindings(5, 'critical'), coverage), { maxBytes: 1500 })
    expect(bytes(compact)).toBeLessThanOrEqual(1500)
    expect(compact).toContain('200 scans without errors (details left out')
    const cut = renderSummary(report(manyFindings(5, 'critical'), coverage), { maxBytes: 300 })
    expect(bytes(cut)).toBeLessThanOrEqual(300)
    expect(cut).toContain('truncated')
  })

  it('counts bytes, not characters', () => {
    const wide = manyFindings(50, 'warning').map((f) => ({
      ...f,
      resourceId: `${f.resourceId}-日本語データベース`
    }))
    const text = renderSummary(report(wide), { maxBytes: 20_000 })
    expect(bytes(text)).toBeLessThanOrEqual(20_000)
  })
})
