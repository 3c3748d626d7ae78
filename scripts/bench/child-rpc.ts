/**
 * Request/response over a forked child's IPC channel. The benchmark runs the emulator and each
 * scan in processes of their own, so that a scan's memory and CPU figures are its own and the
 * emulator's work does not compete with it for the event loop.
 */
import { fork, type ChildProcess } from 'node:child_process'

interface Request {
  id: number
  method: string
  arg: unknown
}

type Response = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

export type Handlers = Record<string, (arg: never) => Promise<unknown>>

/** In the child: answers the parent's requests; the child exits when the parent lets go. */
export function serve(handlers: Handlers): void {
  process.on('message', (message: Request) => {
    const handler = handlers[message.method] as ((arg: unknown) => Promise<unknown>) | undefined
    const reply = (response: Response) => process.send?.(response)
    if (handler === undefined) {
      reply({ id: message.id, ok: false, error: `unknown method ${message.method}` })
      return
    }
    handler(message.arg).then(
      (value) => reply({ id: message.id, ok: true, value }),
      (error: unknown) =>
        reply({
          id: message.id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error)
        })
    )
  })
  // Keep-alive sockets and open clients must not keep an orphaned child running.
  process.on('disconnect', () => process.exit(0))
}

export interface Worker {
  call<T>(method: string, arg?: unknown): Promise<T>
  /** Lets the child go and waits for it to exit. */
  close(): Promise<void>
}

/**
 * Forks `modulePath` with this process's Node flags (which carry tsx's loader when the bench
 * runs under tsx) and the given environment. 'advanced' serialization keeps Dates and Maps.
 */
export function forkWorker(modulePath: string, env: NodeJS.ProcessEnv = process.env): Worker {
  const child: ChildProcess = fork(modulePath, [], { env, serialization: 'advanced' })
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let nextId = 1
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.on('message', (response: Response) => {
    const waiter = pending.get(response.id)
    if (waiter === undefined) return
    pending.delete(response.id)
    if (response.ok) waiter.resolve(response.value)
    else waiter.reject(new Error(response.error))
  })
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) {
      waiter.reject(new Error(`${modulePath} exited (code ${code}, signal ${signal})`))
    }
    pending.clear()
  })
  return {
    call: <T>(method: string, arg?: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
        child.send({ id, method, arg } satisfies Request)
      }),
    close: async () => {
      if (child.connected) child.disconnect()
      await exited
    }
  }
}
