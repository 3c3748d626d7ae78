import { setMaxListeners } from 'node:events'
import { formatSeconds } from './budget.js'

/**
 * Aborts a piece of work that has stopped hearing back: it counts the time since the last
 * answer while a request is out, or since the work began. Work that keeps getting answers (a
 * large, slow scan) is never cut short, nor is the client's own bounded backoff after an
 * answer (a throttling error, a 502); an endpoint that accepts requests and never answers, or
 * never lets them connect, is given up `idleMs` after its last answer.
 */
export class IdleWatchdog {
  private readonly controller = new AbortController()
  private readonly inFlight = new Map<string, number>()
  private timer: NodeJS.Timeout | undefined
  private gaveUp: IdleTimeout | null = null

  constructor(
    private readonly idleMs: number,
    /** Who is not answering, as it reads after "no answer from": `AWS`. */
    private readonly peer: string
  ) {
    // Every call in flight listens to the signal (ACM: ten describes and a list at once);
    // Node warns of a leak past ten listeners.
    setMaxListeners(CALLS_IN_FLIGHT, this.controller.signal)
    this.arm()
  }

  /** Pass to every call of the work: aborted when the watchdog gives up. */
  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** Why the work was given up, or null while it was not. */
  get expired(): IdleTimeout | null {
    return this.gaveUp
  }

  sent(operation: string): void {
    this.inFlight.set(operation, (this.inFlight.get(operation) ?? 0) + 1)
    if (this.timer === undefined) this.arm()
  }

  answered(operation: string): void {
    this.settle(operation)
    if (this.inFlight.size === 0) this.stop()
    else this.arm()
  }

  /** A request that ended without an answer (a timeout, a refused connection): no reset. */
  failed(operation: string): void {
    this.settle(operation)
  }

  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private settle(operation: string): void {
    const left = (this.inFlight.get(operation) ?? 1) - 1
    if (left > 0) this.inFlight.set(operation, left)
    else this.inFlight.delete(operation)
  }

  private arm(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.gaveUp = new IdleTimeout(this.peer, this.idleMs, [...this.inFlight.keys()].sort())
      this.controller.abort(this.gaveUp)
    }, this.idleMs)
    this.timer.unref()
  }
}

/** The most calls of one piece of work expected in flight at once, with room to spare. */
const CALLS_IN_FLIGHT = 64

/** Why a watchdog gave up: nothing answered for its whole idle time. */
export class IdleTimeout extends Error {
  override readonly name = 'IdleTimeout'

  constructor(peer: string, idleMs: number, waitingFor: string[]) {
    const calls = waitingFor.length > 0 ? ` to ${waitingFor.join(', ')}` : ''
    super(`no answer from ${peer}${calls} for ${formatSeconds(idleMs)}; given up`)
  }
}
