import { codeBlock, codeSpan, escapeHtml, escapeMarkdown } from '../../src/report/escape.js'

describe('escapeMarkdown', () => {
  it('makes HTML, Markdown punctuation and table pipes inert', () => {
    expect(escapeMarkdown('<img src=x> **bold** [a](b) | c')).toBe(
      '&lt;img src=x&gt; \\*\\*bold\\*\\* \\[a\\](b) &#124; c'
    )
  })

  it('breaks mentions and issue references with a zero-width space', () => {
    expect(escapeMarkdown('@octocat see #12')).toBe('@&#8203;octocat see #&#8203;12')
    expect(escapeMarkdown('cc (@team), *@x')).toBe('cc (@&#8203;team), \\*@&#8203;x')
  })

  it('leaves an @ inside a word alone: e-mail addresses copy without an invisible character', () => {
    expect(escapeMarkdown('ops@example.com, a_b@x.io')).toBe('ops@example.com, a\\_b@x.io')
    // GitHub reads words in ASCII: after a non-ASCII letter an @ starts a mention.
    expect(escapeMarkdown('é@x')).toBe('é@&#8203;x')
  })

  it('leaves quotes literal: they mean nothing in Markdown text', () => {
    expect(escapeMarkdown(`the client's "trust store"`)).toBe(`the client's "trust store"`)
    expect(codeSpan(`echo "it's"`)).toBe(`<code>echo "it's"</code>`)
  })

  it('does not re-escape its own entities', () => {
    expect(escapeMarkdown('a&b&amp;')).toBe('a&amp;b&amp;amp;')
  })

  it('escapes list syntax only where it is syntax: at the start', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item')
    expect(escapeMarkdown('+x')).toBe('\\+x')
    expect(escapeMarkdown('1. first')).toBe('1\\. first')
    expect(escapeMarkdown('orders-db.example.com v1.2')).toBe('orders-db.example.com v1.2')
  })

  it('shows bidirectional controls and zero-width characters instead of obeying them', () => {
    expect(escapeMarkdown('pay\u202Egnp.exe')).toBe('pay&lt;U+202E&gt;gnp.exe')
    expect(codeSpan('a\u200Bb')).toBe('<code>a&#60;U+200B&#62;b</code>')
    expect(escapeHtml('\u2066x\u2069')).toBe('&lt;U+2066&gt;x&lt;U+2069&gt;')
    expect(codeBlock('\uFEFFSELECT 1')).toBe('```\n<U+FEFF>SELECT 1\n```')
  })

  it('keeps everything on one line', () => {
    expect(escapeMarkdown('db-1\n::error::boom\r\n# title')).toBe(
      'db-1 ::error::boom #&#8203; title'
    )
  })
})

describe('escapeHtml', () => {
  it('escapes the five HTML specials (quotes too: it also escapes attribute values)', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
    )
  })
})

describe('codeSpan', () => {
  it('shows a command literally and keeps table cells intact', () => {
    expect(codeSpan('aws rds x | grep <y>')).toBe('<code>aws rds x &#124; grep &#60;y&#62;</code>')
  })

  it('leaves no Markdown that GitHub would parse inside inline HTML', () => {
    expect(codeSpan('[a](b) **c** @d')).toBe(
      '<code>&#91;a&#93;&#40;b&#41; &#42;&#42;c&#42;&#42; &#64;d</code>'
    )
  })
})

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run in the content', () => {
    expect(codeBlock('a ```` b', 'sql')).toBe('`````sql\na ```` b\n`````')
  })

  it('uses a three-backtick fence for plain content', () => {
    expect(codeBlock('SELECT 1;')).toBe('```\nSELECT 1;\n```')
  })
})
