import fc from 'fast-check'
import { compareFindings, evaluate } from '../../src/evaluate/index.js'
import { SEVERITIES } from '../../src/model/index.js'
import {
  NOTHING_SCANNED,
  acmInventory,
  certificate,
  instance,
  inventory,
  NOW,
  options,
  rdsInventory,
  ca
} from './factories.js'

const DAY = 86_400_000
const date = fc.option(
  fc
    .integer({ min: -400, max: 400 })
    .map((days) => new Date(NOW.getTime() + days * DAY).toISOString()),
  { nil: null }
)
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/)
const caId = fc.constantFrom('rds-ca-2019', 'rds-ca-rsa2048-g1', 'rds-ca-x', null)

const rdsArb = fc.record({
  instances: fc.uniqueArray(
    fc.record({ identifier: name, caIdentifier: caId, serverCertValidTill: date }),
    {
      selector: (i) => i.identifier,
      maxLength: 6
    }
  ),
  cas: fc.array(
    fc.record({
      identifier: caId.map((c) => c ?? 'rds-ca-y'),
      validTill: date,
      defaultForNewLaunches: fc.boolean()
    }),
    {
      maxLength: 4
    }
  )
})

const acmArb = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    type: fc.constantFrom('AMAZON_ISSUED', 'IMPORTED', 'PRIVATE'),
    status: fc.constantFrom(
      'ISSUED',
      'EXPIRED',
      'FAILED',
      'PENDING_VALIDATION',
      'VALIDATION_TIMED_OUT',
      'REVOKED',
      'INACTIVE'
    ),
    notAfter: date,
    inUse: fc.boolean(),
    renewalEligibility: fc.constantFrom('ELIGIBLE', 'INELIGIBLE', null),
    described: fc.boolean(),
    renewalStatus: fc.constantFrom(
      'PENDING_AUTO_RENEWAL',
      'PENDING_VALIDATION',
      'SUCCESS',
      'FAILED',
      null
    )
  }),
  { selector: (c) => c.id, maxLength: 8 }
)

/** Generated certificate fields -> records, each with an ARN built from its generated id. */
function certificatesFrom(
  certs: Array<{ id: string } & Parameters<typeof certificate>[0]>,
  overrides: Parameters<typeof certificate>[0] = {}
) {
  return certs.map(({ id, ...rest }) =>
    certificate({
      ...rest,
      ...overrides,
      arn: `arn:aws:acm:eu-west-1:123456789012:certificate/${id}`
    })
  )
}

describe('evaluate: properties over arbitrary inventories', () => {
  it('never throws, sorts findings, and keeps each finding consistent with its reasons', () => {
    fc.assert(
      fc.property(rdsArb, acmArb, (rds, certs) => {
        const inv = inventory({
          rds: [
            rdsInventory({
              instances: rds.instances.map((i) => instance(i)),
              cas: rds.cas.map((c) => ca(c))
            })
          ],
          acm: [acmInventory(certificatesFrom(certs))]
        })
        const result = evaluate(inv, options())
        const sorted = [...result.findings].sort(compareFindings)
        expect(result.findings).toEqual(sorted)
        expect(new Set(result.findings.map((f) => f.id)).size).toBe(result.findings.length)
        for (const finding of result.findings) {
          expect(finding.reasons.length).toBeGreaterThan(0)
          const ranks = finding.reasons.map((r) => SEVERITIES.indexOf(r.severity))
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
          expect(finding.severity).toBe(finding.reasons[0]?.severity)
          expect(finding.daysLeft === null).toBe(finding.expiresAt === null)
          expect(finding.remediation.every((step) => !step.command.includes('\n'))).toBe(true)
        }
        expect(result.resourcesScanned).toEqual({
          ...NOTHING_SCANNED,
          rds: rds.instances.length,
          acm: certs.length
        })
      })
    )
  })

  it('never gives a describe-only reason to an undescribed certificate', () => {
    const describeOnly = new Set([
      'acm-renewal-failed',
      'acm-renewal-pending-validation',
      'acm-email-validation'
    ])
    fc.assert(
      fc.property(acmArb, (certs) => {
        const inv = inventory({
          acm: [acmInventory(certificatesFrom(certs, { described: false }))]
        })
        const codes = evaluate(inv, options()).findings.flatMap((f) => f.reasons.map((r) => r.code))
        expect(codes.filter((code) => describeOnly.has(code))).toEqual([])
      })
    )
  })

  it('ignoring everything hides every finding and counts them', () => {
    fc.assert(
      fc.property(acmArb, (certs) => {
        const inv = inventory({
          acm: [acmInventory(certificatesFrom(certs))]
        })
        const plain = evaluate(inv, options())
        const hidden = evaluate(inv, options({ ignore: ['arn:aws:acm:*'] }))
        expect(hidden.findings).toEqual([])
        expect(hidden.ignored).toBe(plain.findings.length)
      })
    )
  })
})
