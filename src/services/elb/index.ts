/**
 * The ELB plug-in: which certificate every Classic, Application and Network Load Balancer
 * listener serves. It has no findings of its own: the certificate plug-ins (ACM, IAM) name these
 * listeners in their findings' `usedBy` and rank a served certificate as an outage.
 */
import { countOf } from '../../shared/text.js'
import type { AnyServicePlugin, ServicePlugin } from '../plugin.js'
import type { ElbInventory } from './records.js'

export type { ElbInventory, LoadBalancerRecord } from './records.js'

export const elb: AnyServicePlugin = {
  name: 'elb',
  label: { short: 'ELB', resource: 'load balancer' },
  scope: 'regional',
  reads: [],
  iamActions: [
    // One action for both APIs' DescribeLoadBalancers (Classic and v2).
    'elasticloadbalancing:DescribeListenerCertificates',
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeLoadBalancers'
  ],
  reasons: [],
  resourceTypes: {
    'classic-load-balancer-listener': 'Classic Load Balancer listener',
    'load-balancer-listener': 'load balancer listener'
  },
  read: async (context) => {
    const [{ ElasticLoadBalancingClient }, { ElasticLoadBalancingV2Client }, reader] =
      await Promise.all([
        import('@aws-sdk/client-elastic-load-balancing'),
        import('@aws-sdk/client-elastic-load-balancing-v2'),
        import('./reader.js')
      ])
    return reader.collectElb(
      {
        classic: context.client((config) => new ElasticLoadBalancingClient(config)),
        v2: context.client((config) => new ElasticLoadBalancingV2Client(config))
      },
      context.location,
      { concurrency: reader.DEFAULT_LISTENER_CONCURRENCY, signal: context.signal }
    )
  },
  summarize: (inventory: ElbInventory) => {
    const listeners = inventory.loadBalancers.reduce((n, lb) => n + lb.listeners.length, 0)
    return {
      detail: `${countOf(inventory.loadBalancers.length, 'load balancer')} (${countOf(listeners, 'listener')}, ${countOf(inventory.uses.length, 'certificate use')})`,
      incomplete: inventory.incomplete ?? [],
      resources: inventory.loadBalancers.length
    }
  },
  evaluate: () => []
} satisfies ServicePlugin<ElbInventory>
