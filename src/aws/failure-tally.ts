/**
 * The supporting calls of one read that failed (one DescribeCertificate per certificate, one
 * DescribeListenerCertificates per listener), summed up as one coverage note: the records they
 * were for stay, with what the main list said.
 */
import { explainFailure, formatAwsError, isAccessDenied, summarizeAwsError } from './aws-error.js'

export class FailureTally {
  private first: unknown = null
  private failed = 0
  private denied = false

  /**
   * @param operation the call's name in the note (`DescribeCertificate`)
   * @param signal the read's abort signal: an abort is explained as the watchdog's, not AWS's
   */
  constructor(
    private readonly operation: string,
    private readonly signal?: AbortSignal
  ) {}

  /**
   * `call`'s answer, or `fallback` when it fails. After one refusal the rest are not sent: the
   * same role is refused the same call on every resource.
   */
  async attempt<T>(call: () => Promise<T>, fallback: T): Promise<T> {
    if (this.denied) {
      this.failed += 1
      return fallback
    }
    try {
      return await call()
    } catch (err) {
      this.first ??= err
      this.failed += 1
      if (isAccessDenied(summarizeAwsError(err).code)) this.denied = true
      return fallback
    }
  }

  /** `DescribeCertificate: AccessDenied: ... (3 of 7 certificates not described)`, or null. */
  note(attempted: number, missing: string): string | null {
    if (this.failed === 0) return null
    const error = formatAwsError(explainFailure(this.first, this.signal))
    return `${this.operation}: ${error} (${this.failed} of ${attempted} ${missing})`
  }
}
