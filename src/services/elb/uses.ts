/**
 * Which certificates a load balancer's listeners serve, named as people know them (the load
 * balancer, its DNS name, the port), with the commands that move each to another certificate.
 */
import type { Consumer, Remediation } from '../../model/index.js'
import { command, type CommandArg } from '../../shared/shell-quote.js'
import { NEW_CERTIFICATE, type CertificateUse } from '../certificate-uses.js'
import type { ListenerCertificate, ListenerRecord, LoadBalancerRecord } from './records.js'

/** ALB/NLB states that serve traffic (`provisioning` does not yet, `failed` never). */
const LIVE_STATES = new Set(['active', 'active_impaired'])

export function listenerUses(lb: LoadBalancerRecord): CertificateUse[] {
  const live = lb.state === null || LIVE_STATES.has(lb.state)
  return lb.listeners.flatMap((listener) =>
    listener.certificates.map((certificate) => ({
      account: lb.account,
      region: lb.region,
      certificate: certificate.arn,
      endpoint: lb.arn,
      live,
      consumer: consumer(lb, listener, certificate),
      switchSteps: switchSteps(lb, listener, certificate)
    }))
  )
}

function consumer(
  lb: LoadBalancerRecord,
  listener: ListenerRecord,
  certificate: ListenerCertificate
): Consumer {
  const notes = [
    ...(certificate.isDefault ? [] : ['SNI']),
    ...(lb.state !== null && !LIVE_STATES.has(lb.state) ? [lb.state] : [])
  ]
  const dns = lb.dnsName ? ` (${lb.dnsName})` : ''
  const name = `${lb.name}${dns} ${listener.protocol} :${listener.port}`
  return {
    service: 'elb',
    resourceType:
      listener.arn === null ? 'classic-load-balancer-listener' : 'load-balancer-listener',
    // A Classic listener has no ARN of its own: its load balancer's and its port name it.
    id: listener.arn ?? `${lb.arn}#${listener.port}`,
    name: notes.length > 0 ? `${name}, ${notes.join(', ')}` : name
  }
}

function switchSteps(
  lb: LoadBalancerRecord,
  listener: ListenerRecord,
  certificate: ListenerCertificate
): Remediation[] {
  const region: CommandArg = ['--region', lb.region]
  const where = `${lb.name} :${listener.port}`
  if (listener.arn === null) {
    return [
      {
        summary: `Switch Classic Load Balancer listener ${where} to the new certificate.`,
        command: command(
          'aws elb set-load-balancer-listener-ssl-certificate',
          ['--load-balancer-name', lb.name],
          ['--load-balancer-port', String(listener.port)],
          ['--ssl-certificate-id', NEW_CERTIFICATE],
          region
        )
      }
    ]
  }
  const arn: CommandArg = ['--listener-arn', listener.arn]
  if (certificate.isDefault) {
    return [
      {
        summary: `Make the new certificate listener ${where}'s default.`,
        command: command(
          'aws elbv2 modify-listener',
          arn,
          ['--certificates', `CertificateArn=${NEW_CERTIFICATE}`],
          region
        )
      }
    ]
  }
  return [
    {
      summary: `Add the new certificate to listener ${where}'s SNI certificates.`,
      command: command(
        'aws elbv2 add-listener-certificates',
        arn,
        ['--certificates', `CertificateArn=${NEW_CERTIFICATE}`],
        region
      )
    },
    {
      summary: `Then take the old one off listener ${where}.`,
      command: command(
        'aws elbv2 remove-listener-certificates',
        arn,
        ['--certificates', `CertificateArn=${certificate.arn}`],
        region
      )
    }
  ]
}
