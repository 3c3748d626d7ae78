import { countOf, oneLine, redactSecrets, revealInvisible } from '../../src/shared/text.js'

describe('oneLine', () => {
  it('turns control characters and line separators into single spaces', () => {
    expect(oneLine('a\r\n\tb\u2028c\u001b[31m')).toBe('a b c [31m')
  })

  it('makes invisible formatting characters visible', () => {
    expect(oneLine('db-\u202Eprod\u202C')).toBe('db-<U+202E>prod<U+202C>')
  })
})

describe('revealInvisible', () => {
  it('names every bidirectional control, zero-width character and the byte-order mark', () => {
    const invisible = [
      0x00ad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c,
      0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff
    ]
    for (const code of invisible) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0')
      expect(revealInvisible(`a${String.fromCharCode(code)}b`)).toBe(`a<U+${hex}>b`)
    }
  })

  it('leaves visible text, including non-Latin scripts and emoji, as it is', () => {
    const text = 'orders-db · 受注 · שלום · 🔒'
    expect(revealInvisible(text)).toBe(text)
  })
})

describe('redactSecrets', () => {
  it('masks the given secrets and anything shaped like a GitHub token or an AWS key', () => {
    const text =
      'echo: Authorization: token ghs_abcdefghijklmnop; key AKIAABCDEFGHIJKLMNOP; mine=s3cr3t-value'
    expect(redactSecrets(text, ['s3cr3t-value'])).toBe(
      'echo: Authorization: token ***; key ***; mine=***'
    )
    expect(redactSecrets('github_pat_11ABCDEFG0123456789_xyz and Bearer eyJhbGciOi.x.y')).toBe(
      '*** and Bearer ***'
    )
  })

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('GitHub answered 403 "Resource not accessible by integration"')).toBe(
      'GitHub answered 403 "Resource not accessible by integration"'
    )
  })
})

describe('countOf', () => {
  it('groups digits by thousands and makes the noun plural unless the count is one', () => {
    expect(countOf(0, 'CA')).toBe('0 CAs')
    expect(countOf(1, 'DB instance')).toBe('1 DB instance')
    expect(countOf(999, 'certificate')).toBe('999 certificates')
    expect(countOf(1250, 'certificate')).toBe('1,250 certificates')
    expect(countOf(1234567, 'call')).toBe('1,234,567 calls')
  })
})
