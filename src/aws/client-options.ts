/**
 * What every AWS client of a scan is built with: retries, time limits on each HTTP attempt, and
 * a middleware that refuses answers that are not AWS's and reports each answer to a watchdog.
 * Endpoints are left to the SDK, which honours `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`.
 */
import { Readable } from 'node:stream'
import type { TimeBudgets } from '../shared/budget.js'
import { NonAwsResponseError } from './aws-error.js'

/** How a client retries: `standard` where the pacer governs its calls, else `adaptive`. */
export type RetryMode = 'standard' | 'adaptive'

/**
 * Adaptive mode adds client-side rate limiting once AWS throttles, on top of backoff, for the
 * clients whose calls the pacer (pacer.ts) does not govern; each client covers one account x
 * region x service, which is exactly the scope of AWS's quotas. Paced clients retry in standard
 * mode: the pacer already holds them at the quota, and adaptive mode's limiter would only slow
 * them down after a throttle. Eight attempts ride out a burst of throttling (backoff grows to
 * ~20 s) without hanging a job on an endpoint that keeps failing.
 */
export function awsClientOptions(budget: TimeBudgets['aws'], retryMode: RetryMode = 'adaptive') {
  return {
    retryMode,
    maxAttempts: 8,
    requestHandler: {
      connectionTimeout: budget.connectMs,
      requestTimeout: budget.attemptMs,
      // Without it the SDK only warns when an attempt runs past requestTimeout.
      throwOnRequestTimeout: true
    }
  }
}

/**
 * Takes the SDK's logger middleware off a client built without a logger: it wraps every call
 * to hand the SDK's no-op logger filtered copies of the input (and, in older clients such as
 * ACM PCA's, of every output), work that buys nothing when nobody logs.
 */
export function dropIdleLogger(client: unknown, config: object): void {
  if ('logger' in config && config.logger !== undefined) return
  const stack = (client as Partial<{ middlewareStack: { remove(name: string): boolean } }>)
    .middlewareStack
  stack?.remove('loggerMiddleware')
}

/** Told about every HTTP attempt of a client: when it is sent and how it ended. */
export interface AttemptListener {
  sent(operation: string): void
  /** Any answer, error answers included. */
  answered(operation: string): void
  /** No answer: the attempt timed out, or the connection failed. */
  failed(operation: string): void
  /** An answer that was not AWS's, with the start of its body (for a debug log only). */
  notAws?(operation: string, status: number, preview: string): void
}

interface RawResponse {
  statusCode: number
  headers: Record<string, string | undefined>
  body?: unknown
}

/** The slice of an SDK client this module touches: its middleware stack. */
interface ClientWithMiddleware {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<{ response: unknown }>,
        context: { commandName?: string }
      ) => (args: unknown) => Promise<{ response: unknown }>,
      options: { step: 'deserialize'; priority: 'low'; name: string }
    ): void
  }
}

/**
 * Sits between the HTTP handler and the SDK's parser, once per attempt. An HTML page (a proxy,
 * a captive portal, a look-alike endpoint without the call) becomes a NonAwsResponseError with
 * its status, instead of a parser message, or worse, an empty but "successful" XML result;
 * 5xx ones stay retryable like any server error. Every attempt and answer reaches `listener`.
 *
 * The body is looked at only when the content type says HTML, and the page is recognised by
 * its start, not by the header alone: some look-alike endpoints (moto) label JSON as text/html.
 */
export function watchAttempts(client: unknown, listener: AttemptListener): void {
  const stack = (client as Partial<ClientWithMiddleware>).middlewareStack
  if (stack === undefined) return
  stack.add(
    (next, context) => async (args) => {
      const operation = context.commandName?.replace(/Command$/, '') ?? 'call'
      listener.sent(operation)
      let out: { response: unknown }
      try {
        out = await next(args)
      } catch (error) {
        listener.failed(operation)
        throw error
      }
      listener.answered(operation)
      const response = out.response as RawResponse
      const type = response.headers['content-type'] ?? response.headers['Content-Type'] ?? ''
      if (!/html/i.test(type)) return out
      const body = await readBody(response.body)
      if (/^\s*<(?:!doctype|html|head|body|title)\b/i.test(body.toString('utf8', 0, 512))) {
        listener.notAws?.(
          operation,
          response.statusCode,
          body.subarray(0, PREVIEW_BYTES).toString('utf8')
        )
        throw new NonAwsResponseError(response.statusCode)
      }
      response.body = Readable.from([body])
      return out
    },
    { step: 'deserialize', priority: 'low', name: 'awsCertWatchAttempts' }
  )
}

async function readBody(body: unknown): Promise<Buffer> {
  if (typeof (body as Partial<AsyncIterable<Buffer>>)?.[Symbol.asyncIterator] !== 'function') {
    return Buffer.alloc(0)
  }
  const chunks: Buffer[] = []
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** How much of a page the debug log gets. */
const PREVIEW_BYTES = 300
