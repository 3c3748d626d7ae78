/** One scenario on emulators of its own: its faults, its first run if it has one, the measured run. */
import { startLocalServices, STEP_GITHUB_TOKEN } from '../../__tests__/e2e/local-services.js'
import { DEFAULT_STATIC_CREDENTIAL, type Estate } from '../../emulator/aws/index.js'
import { SCAN_FLAGS, SCAN_INPUTS } from './estate.js'
import type { Scenario } from './scenarios.js'
import { runActionStep, runCliStep, type StepOutcome } from './step.js'

export async function runScenario(
  scenario: Scenario,
  estate: Estate,
  timeoutMs: number
): Promise<StepOutcome> {
  const services = await startLocalServices({
    estate,
    ...(scenario.knobs === undefined ? {} : { knobs: scenario.knobs }),
    ...(scenario.github === undefined ? {} : { github: scenario.github })
  })
  try {
    const runAction = (inputs: Record<string, string>) => {
      // Workflow runs are minutes apart: each starts with ACM's per-second quotas unused.
      services.aws.setKnobs({})
      return runActionStep({
        inputs: { ...SCAN_INPUTS, ...inputs },
        env: services.env,
        githubToken: STEP_GITHUB_TOKEN,
        timeoutMs
      })
    }
    await scenario.prepare?.({ services, run: runAction })
    if (scenario.entry === 'action') return await runAction(scenario.inputs ?? {})
    const credentials: Record<string, string> = scenario.noCredentials
      ? {}
      : {
          AWS_ACCESS_KEY_ID: DEFAULT_STATIC_CREDENTIAL.accessKeyId,
          AWS_SECRET_ACCESS_KEY: DEFAULT_STATIC_CREDENTIAL.secretAccessKey
        }
    // The endpoint stays set without credentials, so that nothing can reach real AWS.
    return await runCliStep({
      args: scenario.flags ?? SCAN_FLAGS,
      env: { AWS_ENDPOINT_URL: services.aws.url, ...credentials },
      timeoutMs
    })
  } finally {
    await services.close()
  }
}
