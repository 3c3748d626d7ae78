/** The inputs that choose the accounts: `accounts`, `member-role-name`, `exclude-accounts`, `shard`. */
import { parse, refusal } from './settings-helpers.js'

const HUB = 'arn:aws:iam::111111111111:role/aws-cert-watch-hub'

describe('account selection inputs', () => {
  it('reads organization, an id list, exclusions, a member role and a shard', () => {
    expect(parse({ accounts: 'Organization' }).accounts).toEqual({ kind: 'organization' })
    const settings = parse({
      accounts: '222222222222, 333333333333\n222222222222',
      'role-to-assume': HUB,
      'member-role-name': 'security/aws-cert-watch-reader',
      'exclude-accounts': '333333333333',
      shard: '3 / 8',
      issue: 'false'
    })
    expect(settings).toMatchObject({
      accounts: { kind: 'list', ids: ['222222222222', '333333333333'] },
      rolesToAssume: [HUB],
      memberRoleName: 'security/aws-cert-watch-reader',
      excludeAccounts: ['333333333333'],
      shard: { index: 3, count: 8 }
    })
  })

  it.each([
    [{ accounts: '12345' }, 'accounts', /"12345", which is not a 12-digit account id/],
    [{ 'exclude-accounts': 'prod' }, 'exclude-accounts', /"prod", which is not a 12-digit/],
    [
      { shard: '2/4' },
      'issue',
      /is true but shard is 2\/4: a leg's tracking issue would list only its own shard's accounts/
    ],
    [{ shard: '0/4' }, 'shard', /must be i\/n with 1 <= i <= n <= 256, got "0\/4"/],
    [{ shard: '5/4', issue: 'false' }, 'shard', /got "5\/4"/],
    [{ shard: '1/257' }, 'shard', /got "1\/257"/],
    [{ shard: 'half' }, 'shard', /got "half"/],
    [{ 'member-role-name': 'no spaces' }, 'member-role-name', /an IAM role name/],
    [
      {
        accounts: 'organization',
        'role-to-assume': `${HUB},arn:aws:iam::222222222222:role/x`
      },
      'role-to-assume',
      /names 2 roles, but with accounts set it is the one hub role/
    ]
  ])('refuses %j in one line naming %s', (values, input, fragment) => {
    const err = refusal(values)
    expect(err.input).toBe(input)
    expect(err.message).toMatch(fragment)
    expect(err.message).toMatch(new RegExp(`Example: ${input}: \\S`))
    expect(err.message).not.toMatch(/\n/)
  })
})
