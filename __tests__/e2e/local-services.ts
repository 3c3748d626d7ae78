/**
 * The local services an end-to-end run of the action talks to, started together on 127.0.0.1:
 * the AWS emulator (with its DNS for the validation records), the Actions OIDC token service and
 * the GitHub REST API. `env` is what the step needs to reach them, as `runAction`'s `env`.
 */
import { startAwsEmulator, type AwsEmulator } from '../../emulator/aws/index.js'
import type { Estate } from '../../emulator/aws/estate.js'
import type { Knobs } from '../../emulator/aws/knobs.js'
import {
  ACTIONS_TOKEN,
  startGitHubApi,
  type GitHubApi,
  type GitHubApiOptions
} from '../../emulator/github/index.js'
import { startOidcTokenServer, type OidcTokenServer } from '../../emulator/oidc/index.js'
import { REPOSITORY } from './run-action.js'

/** The token the step gets as `${{ github.token }}`: an App installation token. */
export const STEP_GITHUB_TOKEN = ACTIONS_TOKEN

/** One role per account of the demo estate (and of the generated ones): the OIDC path. */
export function rolesFor(accounts: readonly string[]): string {
  return accounts.map((account) => `arn:aws:iam::${account}:role/aws-cert-watch`).join('\n')
}

export interface LocalServicesOptions {
  estate: Estate | string
  knobs?: Partial<Knobs>
  github?: GitHubApiOptions
}

export interface LocalServices {
  aws: AwsEmulator
  oidc: OidcTokenServer
  github: GitHubApi
  /** Endpoints and the OIDC request variables, for runAction's `env`. */
  env: Record<string, string>
  close(): Promise<void>
}

export async function startLocalServices(options: LocalServicesOptions): Promise<LocalServices> {
  const aws = await startAwsEmulator({
    estate: options.estate,
    dns: true,
    ...(options.knobs === undefined ? {} : { knobs: options.knobs })
  })
  const oidc = await startOidcTokenServer({ repository: REPOSITORY })
  const github = await startGitHubApi(options.github)
  return {
    aws,
    oidc,
    github,
    env: {
      AWS_ENDPOINT_URL: aws.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      GITHUB_API_URL: github.url,
      // The estate's public DNS, passed as the runner passes an input: every step's dns-check
      // asks it, never the machine's resolvers.
      'INPUT_DNS-SERVERS': (aws.dns as NonNullable<typeof aws.dns>).address
    },
    close: async () => {
      await Promise.all([aws.close(), oidc.close(), github.close()])
    }
  }
}
