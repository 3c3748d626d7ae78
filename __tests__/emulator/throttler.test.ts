import { Throttler, type CallKey } from '../../emulator/aws/knobs.js'

const call = (operation: string, region = 'us-east-1'): CallKey => ({
  service: 'elbv2',
  operation,
  account: '111111111111',
  region
})

describe('Throttler', () => {
  it('holds a bucket of `rate` per operation, account and region', () => {
    const aws = new Throttler()
    const sent = Array.from({ length: 4 }, () => aws.take(call('DescribeListeners'), 3, 0))
    expect(sent).toEqual([true, true, true, false])
    expect(aws.take(call('DescribeListeners'), 3, 334)).toBe(true)
    expect(aws.take(call('DescribeListeners', 'eu-west-1'), 3, 334)).toBe(true)
  })

  it("draws every operation of a service from the service's shared bucket too, up to its burst", () => {
    const aws = new Throttler()
    const shared = { perSecond: 10, burst: 4 }
    const operations = ['DescribeLoadBalancers', 'DescribeListeners', 'DescribeListeners']
    const sent = [...operations, 'DescribeListenerCertificates', 'DescribeListeners'].map((op) =>
      aws.take(call(op), undefined, 0, shared)
    )
    expect(sent).toEqual([true, true, true, true, false])
    // One token back every 100 ms; another region has a bucket of its own.
    expect(aws.take(call('DescribeListeners'), undefined, 100, shared)).toBe(true)
    expect(aws.take(call('DescribeListeners'), undefined, 100, shared)).toBe(false)
    expect(aws.take(call('DescribeListeners', 'eu-west-1'), undefined, 100, shared)).toBe(true)
  })

  it('takes no token from either bucket for a call it refuses', () => {
    const aws = new Throttler()
    const shared = { perSecond: 1, burst: 1 }
    expect(aws.take(call('DescribeListeners'), 5, 0, shared)).toBe(true)
    // The shared bucket is empty: refused, and the operation's bucket keeps its 4 tokens.
    expect(aws.take(call('DescribeListeners'), 5, 0, shared)).toBe(false)
    const withoutShared = Array.from({ length: 5 }, () => aws.take(call('DescribeListeners'), 5, 0))
    expect(withoutShared).toEqual([true, true, true, true, false])
  })
})
