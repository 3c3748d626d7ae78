import fc from 'fast-check'
import { compileIgnorePatterns } from '../../src/evaluate/ignore-patterns.js'
import { evaluate } from '../../src/evaluate/index.js'
import {
  NOTHING_SCANNED,
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

  it('lets `?` match one character outside the BMP', () => {
    expect(
      compileIgnorePatterns(['arn:aws:acm:*:certificate/?'])('arn:aws:acm:x:certificate/\u{1F512}')
    ).toBe(true)
  })

  // A backtracking regular expression takes minutes on this input (each star retries every
  // split of the ARN); the walk finishes it like any other ARN.
  it('decides a 40-star pattern on a 2,000-character ARN that almost matches', () => {
    const arn = `arn:aws:acm:us-east-1:123456789012:certificate/${'a'.repeat(1950)}`
    const almost = `arn:aws:acm:${'*a'.repeat(40)}b`
    const matching = `arn:aws:acm:${'*a'.repeat(40)}`
    const isIgnored = compileIgnorePatterns([almost])
    for (let i = 0; i < 50; i += 1) expect(isIgnored(arn)).toBe(false)
    expect(compileIgnorePatterns([matching])(arn)).toBe(true)
  })

  it('agrees with a regular-expression reading of the same glob on arbitrary inputs', () => {
    const reference = (pattern: string, text: string): boolean => {
      const source = Array.from(pattern)
        .map((ch) =>
          ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
        )
        .join('')
      return new RegExp(`^${source}$`, 'su').test(text)
    }
    const alphabet = fc.constantFrom('a', 'b', ':', '/', '*', '?', '.', '\n')
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ':', '/', '.', '\n'), maxLength: 10 }),
        (pattern, text) => {
          fc.pre(pattern.trim() !== '' && pattern.trim() === pattern)
          expect(compileIgnorePatterns([pattern])(text)).toBe(reference(pattern, text))
        }
      ),
      { numRuns: 2000 }
    )
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
    expect(result.resourcesScanned).toEqual({ ...NOTHING_SCANNED, rds: 3, acm: 1 })
  })
})
