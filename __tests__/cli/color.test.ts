/** When the CLI's table is coloured: --no-color, then FORCE_COLOR, then NO_COLOR, then the TTY. */
import { wantsColor } from '../../src/cli/color.js'

describe('wantsColor', () => {
  it.each([
    ['a terminal, nothing set', {}, true, false, true],
    ['a pipe, nothing set', {}, false, false, false],
    ['NO_COLOR=1 on a terminal', { NO_COLOR: '1' }, true, false, false],
    [
      'NO_COLOR empty on a terminal (no-color.org: only a non-empty value counts)',
      { NO_COLOR: '' },
      true,
      false,
      true
    ],
    ['FORCE_COLOR=1 into a pipe', { FORCE_COLOR: '1' }, false, false, true],
    ['FORCE_COLOR empty into a pipe', { FORCE_COLOR: '' }, false, false, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, false, false],
    ['FORCE_COLOR=false on a terminal', { FORCE_COLOR: 'false' }, true, false, false],
    [
      'FORCE_COLOR=1 over NO_COLOR=1, as Node orders them',
      { FORCE_COLOR: '1', NO_COLOR: '1' },
      false,
      false,
      true
    ],
    ['--no-color over FORCE_COLOR=1', { FORCE_COLOR: '1' }, true, true, false]
  ])('%s', (_what, env: NodeJS.ProcessEnv, isTty, noColorFlag, expected) => {
    expect(wantsColor(env, isTty, noColorFlag)).toBe(expected)
  })
})
