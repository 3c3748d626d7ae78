import { partition } from '@aws-sdk/core/client'
import {
  CHINA_REGIONS,
  COMMERCIAL_REGIONS,
  GOVCLOUD_REGIONS,
  isKnownRegion,
  isOptInRegion,
  partitionOf
} from '../../src/aws/regions.js'

describe('known regions', () => {
  it('lists the commercial regions of 2026, opt-in ones included', () => {
    for (const region of [
      'us-east-1',
      'eu-west-1',
      'ap-northeast-1',
      'me-south-1',
      'af-south-1',
      'ap-east-1',
      'ap-east-2',
      'eu-south-1',
      'eu-south-2',
      'eu-central-2',
      'il-central-1',
      'me-central-1',
      'mx-central-1',
      'ca-west-1',
      'ap-south-2',
      'ap-southeast-3',
      'ap-southeast-4',
      'ap-southeast-5',
      'ap-southeast-6',
      'ap-southeast-7'
    ]) {
      expect(COMMERCIAL_REGIONS).toContain(region)
    }
    expect(new Set(COMMERCIAL_REGIONS).size).toBe(COMMERCIAL_REGIONS.length)
  })

  it('agrees with the installed SDK on the partition of every region', () => {
    for (const region of COMMERCIAL_REGIONS) expect(partition(region).name).toBe('aws')
    for (const region of GOVCLOUD_REGIONS) expect(partition(region).name).toBe('aws-us-gov')
    for (const region of CHINA_REGIONS) expect(partition(region).name).toBe('aws-cn')
    for (const region of [...COMMERCIAL_REGIONS, ...GOVCLOUD_REGIONS, ...CHINA_REGIONS]) {
      expect(partitionOf(region)).toBe(partition(region).name)
    }
  })

  it('marks regions launched after March 2019 as opt-in', () => {
    expect(isOptInRegion('me-south-1')).toBe(true)
    expect(isOptInRegion('ap-southeast-7')).toBe(true)
    expect(isOptInRegion('us-east-1')).toBe(false)
    expect(isOptInRegion('eu-north-1')).toBe(false)
  })

  it('knows GovCloud and China but not made-up regions', () => {
    expect(isKnownRegion('us-gov-east-1')).toBe(true)
    expect(isKnownRegion('cn-northwest-1')).toBe(true)
    expect(isKnownRegion('us-east-7')).toBe(false)
    expect(isKnownRegion('aws-global')).toBe(false)
  })
})
