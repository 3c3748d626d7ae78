import { compileIgnorePatterns } from '../../src/evaluate/ignore-patterns.js'
import { evaluate } from '../../src/evaluate/index.js'
import {
  acmInventory,
  certificate,
  inDays,
  instance,
  inventory,
  options,
  rdsInventory
} from './factories.js'

const DB = 'arn:aws:rds:eu-west-1:123456789012:db:orders-db'

describe('compileIgnorePatterns', () => {
  it('matches `*` against any run, including none and across : and /', () => {
    const matches = compileIgnorePatterns(['arn:aws:rds:*:db:orders-*'])
    expect(matches(DB)).toBe(true)
    expect(matches('arn:aws:rds:eu-west-1:123456789012:db:orders-')).toBe(true)
    expect(matches('arn:aws:rds:eu-west-1:123456789012:cluster:orders-db')).toBe(false)
    expect(compileIgnorePatterns(['*'])(DB)).toBe(true)
  })

  it('matches `?` against exactly one character', () => {
    const matches = compileIgnorePatterns(['arn:aws:rds:eu-west-?:123456789012:db:orders-db'])
    expect(matches(DB)).toBe(true)
    expect(matches('arn:aws:rds:eu-west-10:123456789012:db:orders-db')).toBe(false)
  })

  it('is anchored at both ends', () => {
    expect(compileIgnorePatterns(['db:orders-db'])(DB)).toBe(false)
    expect(compileIgnorePatterns(['arn:aws:rds:*:db:orders'])(DB)).toBe(false)
  })

  it('is case-sensitive', () => {
    expect(compileIgnorePatterns(['arn:aws:rds:*:db:ORDERS-DB'])(DB)).toBe(false)
  })

  it('treats regular-expression characters literally', () => {
    const matches = compileIgnorePatterns(['arn:aws:acm:*:certificate/a.b+(c)[d]{1}|$^'])
    expect(matches('arn:aws:acm:eu-west-1:1:certificate/a.b+(c)[d]{1}|$^')).toBe(true)
    expect(matches('arn:aws:acm:eu-west-1:1:certificate/aXb+(c)[d]{1}|$^')).toBe(false)
  })

  it('matches nothing without patterns, and skips blank ones', () => {
    expect(compileIgnorePatterns([])(DB)).toBe(false)
    expect(compileIgnorePatterns(['', '  '])(DB)).toBe(false)
  })
})

describe('evaluate with ignore', () => {
  const inv = inventory({
    rds: [
      rdsInventory({
        instances: [
          instance({ caIdentifier: 'rds-ca-2019' }),
          instance({ identifier: 'test-db', caIdentifier: 'rds-ca-2019' }),
          instance({ identifier: 'test-healthy' })
        ]
      })
    ],
    acm: [acmInventory([certificate({ notAfter: inDays(3) })])]
  })

  it('drops matching resources that needed action and counts them', () => {
    const result = evaluate(inv, options({ ignore: ['arn:aws:rds:*:db:test-*', 'arn:aws:acm:*'] }))
    expect(result.findings.map((finding) => finding.resourceId)).toEqual(['orders-db'])
    expect(result.ignored).toBe(2)
    expect(result.resourcesScanned).toEqual({ rds: 3, acm: 1 })
  })
})
