/** Types of shifted-clock.cjs (the preload itself is plain CommonJS: NODE_OPTIONS loads it). */
export declare const OFFSET_VARIABLE: 'AWS_CERT_WATCH_TEST_CLOCK_OFFSET_DAYS'
export declare function shiftedClockEnv(): Record<string, string>
