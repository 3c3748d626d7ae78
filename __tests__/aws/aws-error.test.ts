import { ACMServiceException } from '@aws-sdk/client-acm'
import { formatAwsError, summarizeAwsError } from '../../src/aws/aws-error.js'

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
