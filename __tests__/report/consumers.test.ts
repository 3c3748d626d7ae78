import type { Consumer, Finding } from '../../src/model/index.js'
import { selectAnnotations } from '../../src/report/annotations.js'
import { renderIssueBody } from '../../src/report/issue/body.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTable } from '../../src/report/table.js'
import { finding, report } from './report-factories.js'

const listener: Consumer = {
  service: 'elb',
  resourceType: 'load-balancer-listener',
  id: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop-alb/1/2',
  name: 'shop-alb (shop-alb-1.eu-west-1.elb.amazonaws.com) HTTPS :443'
}
const distribution: Consumer = {
  service: 'cloudfront',
  resourceType: 'cloudfront-distribution',
  id: 'arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE',
  name: 'E2QWRUHEXAMPLE (shop.example.com, www.shop.example.com)'
}
const HOSTILE = '<img src=x onerror=alert(1)> @octocat | [x](https://evil.example) \u001b[31m'

function certificateFinding(usedBy: Consumer[]): Finding {
  return finding({
    id: 'acm:123456789012:eu-west-1:0f0e',
    service: 'acm',
    resourceType: 'acm-certificate',
    resourceId: '0f0e',
    resourceName: 'shop.example.com',
    resourceArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/0f0e',
    usedBy
  })
}

const issueBody = (f: Finding) =>
  renderIssueBody(report([f]), { scopeKey: '', acknowledged: new Map(), notes: '' })

describe('consumers in every rendering', () => {
  const named = certificateFinding([listener, distribution])

  it('names the listener and the distribution as people know them', () => {
    const expected = [
      'load balancer listener shop-alb (shop-alb-1.eu-west-1.elb.amazonaws.com) HTTPS :443',
      'CloudFront distribution E2QWRUHEXAMPLE (shop.example.com, www.shop.example.com)'
    ]
    const table = renderTable(report([named]))
    for (const label of expected) expect(table).toContain(`  Used by ${label}`)
    expect(issueBody(named)).toContain(`  - Used by ${expected[0]} and ${expected[1]}.`)
    expect(renderSummary(report([named]), {})).toContain(
      `<br>Used by ${expected[0]} and ${expected[1]}.`
    )
    expect(selectAnnotations(report([named]), { reserveErrorSlot: false })[0]?.message).toContain(
      `Used by ${expected[0]} and ${expected[1]}.`
    )
  })

  it('counts the consumers past those a row has room for', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...listener,
      id: `l${i}`,
      name: `lb-${i}`
    }))
    expect(renderSummary(report([certificateFinding(many)]), {})).toContain('lb-2 and 9 more.')
    expect(issueBody(certificateFinding(many))).toContain('lb-9 and 2 more.')
  })

  it('renders a hostile consumer name inert everywhere', () => {
    const hostile = certificateFinding([{ ...listener, name: HOSTILE }])
    for (const text of [renderSummary(report([hostile]), {}), issueBody(hostile)]) {
      expect(text).not.toContain('<img')
      expect(text).not.toMatch(/@octocat/)
      expect(text).not.toMatch(/(^|[^\\])\]\(https:\/\/evil/m)
    }
    const summaryRow = renderSummary(report([hostile]), {})
      .split('\n')
      .find((line) => line.startsWith('| <code>'))
    expect(summaryRow?.split(' | ')).toHaveLength(3)
    expect(renderTable(report([hostile]))).not.toContain('\u001b[31m')
    const annotation = selectAnnotations(report([hostile]), { reserveErrorSlot: false })[0]
    expect(annotation?.message).not.toContain('\u001b')
  })
})
