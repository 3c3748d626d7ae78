import { ACMServiceException } from '@aws-sdk/client-acm'
import {
  explainFailure,
  formatAwsError,
  NonAwsResponseError,
  summarizeAwsError
} from '../../src/aws/aws-error.js'

describe('summarizeAwsError', () => {
  it('reads code, message and HTTP status of an SDK service error', () => {
    const err = new ACMServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'User is not authorized'
    })
    expect(summarizeAwsError(err)).toEqual({
      code: 'AccessDeniedException',
      message: 'User is not authorized',
      httpStatus: 400
    })
    expect(formatAwsError(err)).toBe('AccessDeniedException (HTTP 400): User is not authorized')
  })

  it('uses the Node error code when the network failed', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      code: 'ECONNREFUSED'
    })
    expect(formatAwsError(err)).toBe('ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9')
  })

  it('keeps a multi-line message on one line and copes with non-errors', () => {
    expect(formatAwsError(new TypeError('bad\n::error::x'))).toBe('TypeError: bad ::error::x')
    expect(formatAwsError('plain string')).toBe('Error: plain string')
  })
})

describe('answers that are not AWS', () => {
  it('names the status in words instead of the SDK parser message', () => {
    // What the SDK throws for a JSON service that got an HTML page.
    const parseFailure = Object.assign(
      new SyntaxError(
        'Unexpected token \'<\', "<html><hea"... is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'
      ),
      { $response: { statusCode: 502 }, $metadata: { httpStatusCode: 502 } }
    )
    expect(formatAwsError(parseFailure)).toBe(
      'HTTP 502 from the endpoint, not an AWS error response'
    )
    // And for a Query service: an error without an AWS code.
    const unknown = Object.assign(new Error('Unknown'), {
      name: 'Unknown',
      $response: {},
      $metadata: { httpStatusCode: 500 }
    })
    expect(summarizeAwsError(unknown)).toEqual({
      code: 'NonAwsResponse',
      message: 'HTTP 500 from the endpoint, not an AWS error response',
      httpStatus: 500
    })
    expect(formatAwsError(new NonAwsResponseError(200))).toBe(
      'HTTP 200 from the endpoint, not an AWS response'
    )
  })

  it('keeps a real service error that carries the raw response too', () => {
    const denied = new ACMServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'nope'
    })
    Object.assign(denied, { $response: {} })
    expect(formatAwsError(denied)).toBe('AccessDeniedException (HTTP 400): nope')
  })
})

describe('explainFailure', () => {
  it("gives the reason a scan was given up for, not the SDK's bare abort", () => {
    const controller = new AbortController()
    const reason = new Error('no answer from AWS for 60 s; given up')
    const sdkAbort = Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    expect(explainFailure(sdkAbort, controller.signal)).toBe(sdkAbort)
    controller.abort(reason)
    expect(explainFailure(sdkAbort, controller.signal)).toBe(reason)
  })
})
