/**
 * The HTTP front end: tells the service and operation from the request, authenticates it as AWS
 * does, applies the knobs (latency, faults, quotas), runs the handler and renders the answer in
 * the service's protocol. Every request lands in the call log.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ACCOUNT_ROUTES } from './account.js'
import { ACM_HANDLERS } from './acm.js'
import { PCA_HANDLERS } from './acm-pca.js'
import { CLOUDFRONT_NAMESPACE, CLOUDFRONT_ROUTES } from './cloudfront.js'
import { ELB_HANDLERS, ELB_NAMESPACE, ELBV2_HANDLERS, ELBV2_NAMESPACE } from './elb.js'
import {
  AwsError,
  codeFor,
  defaultMessage,
  renderJsonError,
  renderRestJsonError,
  renderXmlError,
  type Protocol,
  type RenderedError
} from './errors.js'
import { IAM_HANDLERS, IAM_NAMESPACE } from './iam.js'
import type { Identities, Principal } from './identity.js'
import { parseJsonBody, type JsonObject } from './json.js'
import { FaultInjector, Throttler, type Knobs, type RawResponse, type ServiceId } from './knobs.js'
import { parseForm, type Params } from './query.js'
import { ORGANIZATIONS_HANDLERS, type OrganizationsHandler } from './organizations.js'
import { RDS_HANDLERS, RDS_NAMESPACE } from './rds.js'
import { MalformedAuthorization, parseAuthorization, verifySignature } from './sigv4.js'
import { STS_HANDLERS, STS_NAMESPACE, STS_UNSIGNED, parseRoleArn } from './sts.js'
import type { AccountWorld, GlobalHandler, RegionalHandler, RegionWorld, World } from './world.js'
import { queryResponse, xmlDocument, type XmlObject } from './xml.js'

export interface CallRecord {
  service: ServiceId
  operation: string
  /** '' when the caller is unknown (for AssumeRoleWithWebIdentity: the role's account). */
  account: string
  region: string
  /** ms since epoch, at arrival. */
  time: number
  /** HTTP status; 0 for a call left unanswered (a `hang` fault). */
  status: number
  errorCode?: string
}

export interface FrontEndState {
  world: World
  identities: Identities
  knobs: () => Knobs
  calls: CallRecord[]
  /**
   * The emulator's clock (ms since epoch): what sessions are issued on and expire by. It runs
   * from the `now` the emulator was started with. Throttling and the call log keep real time.
   */
  clock: () => number
}

interface Call {
  protocol: Protocol
  service: ServiceId
  operation: string
  account: string
  region: string
  method: string
  /** The request path without its query. */
  path: string
}

/** Query APIs by the Version their requests carry (both load balancing APIs sign as one). */
const QUERY_VERSIONS: Record<string, ServiceId> = {
  '2014-10-31': 'rds',
  '2011-06-15': 'sts',
  '2010-05-08': 'iam',
  '2012-06-01': 'elb',
  '2015-12-01': 'elbv2'
}
const QUERY_SERVICES = new Set<string>(['rds', 'sts'])
/** JSON 1.1 APIs by the prefix of their `X-Amz-Target`. */
const JSON_TARGETS: Record<string, ServiceId> = {
  CertificateManager: 'acm',
  ACMPrivateCA: 'acm-pca',
  AWSOrganizationsV20161128: 'organizations'
}
const CLOUDFRONT_PATH = '/2020-05-31/'
/** Services with one endpoint for every region: never region-checked. */
const GLOBAL_SERVICES = new Set<ServiceId>(['sts', 'account', 'iam', 'cloudfront', 'organizations'])
/** The namespace of each XML service's answers and error documents. */
const XML_NAMESPACES: Partial<Record<ServiceId, string>> = {
  rds: RDS_NAMESPACE,
  sts: STS_NAMESPACE,
  iam: IAM_NAMESPACE,
  elb: ELB_NAMESPACE,
  elbv2: ELBV2_NAMESPACE,
  cloudfront: CLOUDFRONT_NAMESPACE
}
const REGIONAL_QUERY: Partial<
  Record<ServiceId, Record<string, RegionalHandler<Params, XmlObject>>>
> = { rds: RDS_HANDLERS, elb: ELB_HANDLERS, elbv2: ELBV2_HANDLERS }
const GLOBAL_QUERY: Partial<Record<ServiceId, Record<string, GlobalHandler<Params, XmlObject>>>> = {
  iam: IAM_HANDLERS
}
const JSON_HANDLERS: Partial<
  Record<ServiceId, Record<string, RegionalHandler<JsonObject, JsonObject>>>
> = { acm: ACM_HANDLERS, 'acm-pca': PCA_HANDLERS }
/** Global JSON 1.1 services: they read the caller and the world, not a region. */
const GLOBAL_JSON: Partial<Record<ServiceId, Record<string, OrganizationsHandler>>> = {
  organizations: ORGANIZATIONS_HANDLERS
}

export class FrontEnd {
  private readonly throttler = new Throttler()
  private readonly faults = new FaultInjector()

  constructor(private readonly state: FrontEndState) {}

  resetThrottling(): void {
    this.throttler.reset()
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrival = Date.now()
    const body = await readBody(req)
    const requestId = randomUUID()
    const { call, params } = identify(req, body)
    let delayMs = 0
    let rendered: RenderedError
    try {
      const auth = parseAuthorization(req.headers.authorization)
      if (auth) {
        call.region = auth.region
        if (call.protocol === 'query' && QUERY_SERVICES.has(auth.service)) {
          call.service = auth.service as ServiceId
        }
      }
      const target = req.headers['x-amz-target']
      if (typeof target === 'string' && !jsonService(target)) {
        throw new AwsError('UnknownOperationException', `Unknown target ${target}`)
      }
      if (call.service === 'sts' && STS_UNSIGNED.has(call.operation) && !auth) {
        // The OIDC flow is unsigned: the role's account is the only account involved.
        call.account = parseRoleArn(params?.get('RoleArn'))?.account ?? ''
      }
      const caller = auth ? this.authenticate(auth, req, body) : undefined
      if (!auth && !(call.service === 'sts' && STS_UNSIGNED.has(call.operation))) {
        throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token')
      }
      if (caller) call.account = caller.account
      const region = this.enabledRegion(call, caller)
      const verdict = this.faults.judge(this.state.knobs(), call)
      const { fault } = verdict
      delayMs = verdict.delayMs
      if (fault?.hang) {
        // Never answered: the socket stays open until the client gives up or close() destroys it.
        this.log(call, arrival, 0)
        return
      }
      if (fault?.response) {
        rendered = rawAnswer(fault.response)
      } else if (fault) {
        const code = fault.error as string
        throw new AwsError(
          codeFor(code, call.protocol),
          defaultMessage(code, call.operation),
          fault.status
        )
      } else {
        const knobs = this.state.knobs()
        const quota = knobs.quotas[call.operation]
        if (!this.throttler.take(call, quota, arrival, knobs.serviceQuotas?.[call.service])) {
          throw new AwsError(codeFor('Throttling', call.protocol), 'Rate exceeded')
        }
        rendered = this.serve(call, params, body, region, caller, requestId)
      }
    } catch (error) {
      rendered = this.renderError(error, call, requestId)
    }
    this.log(call, arrival, rendered.status, rendered.code)
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    res.writeHead(rendered.status, {
      ...rendered.headers,
      'content-length': Buffer.byteLength(rendered.body)
    })
    res.end(rendered.body)
  }

  private log(call: Call, arrival: number, status: number, errorCode?: string): void {
    const record: CallRecord = {
      service: call.service,
      operation: call.operation,
      account: call.account,
      region: call.region,
      time: arrival,
      status
    }
    if (errorCode !== undefined) record.errorCode = errorCode
    this.state.calls.push(record)
  }

  private authenticate(
    auth: NonNullable<ReturnType<typeof parseAuthorization>>,
    req: IncomingMessage,
    body: Buffer
  ): Principal {
    const principal = this.state.identities.find(auth.accessKeyId)
    if (!principal) {
      throw new AwsError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.'
      )
    }
    const signed = { method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body }
    if (!verifySignature(signed, auth, principal.secretAccessKey)) {
      throw new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
      )
    }
    if (principal.sessionToken !== undefined) {
      if (req.headers['x-amz-security-token'] !== principal.sessionToken) {
        throw new AwsError(
          'InvalidClientTokenId',
          'The security token included in the request is invalid.'
        )
      }
      if (principal.expiresAt !== undefined && principal.expiresAt <= this.state.clock()) {
        throw new AwsError('ExpiredToken', defaultMessage('ExpiredToken', ''))
      }
    }
    return principal
  }

  /**
   * A region the account has not enabled answers as AWS's opt-in regions do when disabled:
   * the credentials are unknown there, so Query services say InvalidClientTokenId (403) and JSON
   * services UnrecognizedClientException (400), both "The security token included in the
   * request is invalid". Seen in the wild side by side for RDS and other services in a disabled
   * ap-east-1 (github.com/ekristen/aws-nuke issue #774; also nccgroup/ScoutSuite #1389).
   * STS, the Account API, IAM, CloudFront and Organizations are global (us-east-1 home) and not
   * region-checked here.
   */
  private enabledRegion(call: Call, caller: Principal | undefined): RegionWorld | undefined {
    if (GLOBAL_SERVICES.has(call.service) || !caller) return undefined
    const region = this.state.world.accounts.get(caller.account)?.regions.get(call.region)
    if (!region) {
      throw new AwsError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid'
      )
    }
    return region
  }

  private serve(
    call: Call,
    params: Params | undefined,
    body: Buffer,
    region: RegionWorld | undefined,
    caller: Principal | undefined,
    requestId: string
  ): RenderedError {
    const { world } = this.state
    const account = () => world.accounts.get((caller as Principal).account) as AccountWorld
    if (call.protocol === 'json') {
      const regional = JSON_HANDLERS[call.service]?.[call.operation]
      const global = GLOBAL_JSON[call.service]?.[call.operation]
      if (!regional && !global)
        throw new AwsError('UnknownOperationException', `Unknown operation ${call.operation}`)
      const input = parseJsonBody(body)
      const result = regional
        ? regional(input, region as RegionWorld, world)
        : (global as OrganizationsHandler)(input, { world, caller: caller as Principal })
      return {
        status: 200,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
        body: JSON.stringify(result)
      }
    }
    if (call.protocol === 'rest-json') {
      const route = ACCOUNT_ROUTES[call.path]
      if (!route) throw new AwsError('UnknownOperationException', `Unknown operation ${call.path}`)
      return {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId },
        body: JSON.stringify(
          route.handler(parseJsonBody(body), { account: account(), caller: caller as Principal })
        )
      }
    }
    const form = params as Params
    let xml: string
    if (call.protocol === 'rest-xml') {
      const route = CLOUDFRONT_ROUTES[restRoute(call)]
      if (!route) {
        throw new AwsError('UnknownOperationException', `Unknown operation ${restRoute(call)}`, 404)
      }
      xml = xmlDocument(route.root, CLOUDFRONT_NAMESPACE, route.handler(form, account()))
    } else if (call.service === 'sts') {
      xml = this.serveSts(call, form, caller, requestId)
    } else {
      const regional = REGIONAL_QUERY[call.service]?.[call.operation]
      const global = GLOBAL_QUERY[call.service]?.[call.operation]
      if (!regional && !global) throw invalidAction(call)
      const result = regional
        ? regional(form, region as RegionWorld, world)
        : (global as GlobalHandler<Params, XmlObject>)(form, account())
      xml = queryResponse(call.operation, XML_NAMESPACES[call.service] as string, result, requestId)
    }
    return {
      status: 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: xml
    }
  }

  private serveSts(call: Call, params: Params, caller: Principal | undefined, requestId: string) {
    const handler = STS_HANDLERS[call.operation]
    if (!handler) throw invalidAction(call)
    const result = handler(params, {
      world: this.state.world,
      identities: this.state.identities,
      caller,
      expectedAudience: this.state.knobs().expectedAudience,
      nowMs: this.state.clock()
    })
    return queryResponse(call.operation, STS_NAMESPACE, result, requestId)
  }

  private renderError(error: unknown, call: Call, requestId: string): RenderedError {
    const awsError =
      error instanceof AwsError
        ? error
        : error instanceof MalformedAuthorization
          ? new AwsError(
              'IncompleteSignature',
              `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.`
            )
          : new AwsError(
              'InternalFailure',
              error instanceof Error ? error.message : String(error),
              500
            )
    if (call.protocol === 'json') {
      // Organizations' model names its errors' member `Message`; ACM's and Private CA's `message`.
      const key = call.service === 'organizations' ? 'Message' : 'message'
      return renderJsonError(awsError, requestId, key)
    }
    if (call.protocol === 'rest-json') return renderRestJsonError(awsError, requestId)
    return renderXmlError(awsError, XML_NAMESPACES[call.service] as string, requestId)
  }
}

/** RDS words an unknown action in its older style; the newer Query services name the version. */
function invalidAction(call: Call): AwsError {
  const version = Object.keys(QUERY_VERSIONS).find((v) => QUERY_VERSIONS[v] === call.service)
  return new AwsError(
    'InvalidAction',
    call.service === 'rds'
      ? `The action ${call.operation} is not valid for this web service.`
      : `Could not find operation ${call.operation} for version ${version}`
  )
}

/**
 * The protocol, service and operation as the request shows them before authentication: JSON 1.1
 * carries `X-Amz-Target` (ACM, AWS Private CA, Organizations); REST protocols name the operation by method and
 * path (CloudFront's REST-XML under its API version, the Account API's restJson1); everything
 * else is Query (RDS, STS, IAM, ELB) with `Action` and `Version` in the form.
 */
function identify(req: IncomingMessage, body: Buffer): { call: Call; params: Params | undefined } {
  const url = req.url ?? '/'
  const q = url.indexOf('?')
  const path = q < 0 ? url : url.slice(0, q)
  const query = q < 0 ? '' : url.slice(q + 1)
  const target = req.headers['x-amz-target']
  const base = { account: '', region: '', method: req.method ?? 'POST', path }
  if (typeof target === 'string') {
    // An unknown prefix is refused once authenticated, as ACM's.
    const service = jsonService(target) ?? 'acm'
    const operation = target.slice(target.indexOf('.') + 1)
    return { call: { ...base, protocol: 'json', service, operation }, params: undefined }
  }
  if (path.startsWith(CLOUDFRONT_PATH)) {
    const operation = CLOUDFRONT_ROUTES[restRoute(base)]?.operation ?? restRoute(base)
    const call: Call = { ...base, protocol: 'rest-xml', service: 'cloudfront', operation }
    return { call, params: parseForm(query) }
  }
  if (path !== '/') {
    const operation = ACCOUNT_ROUTES[path]?.operation ?? path
    const call: Call = { ...base, protocol: 'rest-json', service: 'account', operation }
    return { call, params: undefined }
  }
  const params = parseForm(query ? `${body.toString('utf8')}&${query}` : body.toString('utf8'))
  const service = QUERY_VERSIONS[params.get('Version') ?? ''] ?? 'rds'
  return {
    call: { ...base, protocol: 'query', service, operation: params.get('Action') ?? '' },
    params
  }
}

/** The JSON 1.1 service an `X-Amz-Target` (`Prefix.Operation`) names, if any. */
function jsonService(target: string): ServiceId | undefined {
  const prefix = target.slice(0, Math.max(0, target.indexOf('.')))
  return Object.hasOwn(JSON_TARGETS, prefix) ? JSON_TARGETS[prefix] : undefined
}

/** `GET /2020-05-31/distribution`: how REST-XML routes are keyed. */
function restRoute(call: { method: string; path: string }): string {
  return `${call.method} ${call.path}`
}

function rawAnswer(response: RawResponse): RenderedError {
  return {
    status: response.status,
    headers: { 'content-type': response.contentType ?? 'text/plain' },
    body: response.body
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
