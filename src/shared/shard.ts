/**
 * Which matrix leg scans an account: a hash of its id, so that the same account always lands
 * in the same shard whatever order the accounts were listed in, and the merge can tell which
 * accounts a missing leg would have scanned.
 */
import { createHash } from 'node:crypto'
import type { Shard } from '../model/index.js'

/** The shard (1-based, of `count`) that scans `account`. */
export function shardOf(account: string, count: number): number {
  const digest = createHash('sha256').update(account).digest()
  return (digest.readUInt32BE(0) % count) + 1
}

export function inShard(account: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(account, shard.count) === shard.index
}

/** `3/8`, as the `shard` input and the report write it. */
export function shardLabel(shard: Shard): string {
  return `${shard.index}/${shard.count}`
}
