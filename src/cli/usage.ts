/** What `aws-cert-watch --help` prints (and a bare `aws-cert-watch`, on stderr). */
import { EXIT_FINDINGS, EXIT_NOT_SCANNED, EXIT_OK, EXIT_USAGE } from './exit-codes.js'

export const USAGE = `Usage: aws-cert-watch scan [options]
       aws-cert-watch iac [options] [PATH...]
       aws-cert-watch merge [options] REPORT...
       aws-cert-watch --help | --version

scan: scans AWS for RDS/Aurora/DocumentDB/Neptune, ACM, IAM server and Private CA certificates
that need action. Options (the action's input names):
  --regions LIST          comma-separated regions, or "all" (default: $AWS_REGION, else us-east-1)
  --services LIST         rds,acm,... or all (default all)
  --warning-days N        default 45
  --critical-days N       default 14
  --ignore PATTERNS       comma-separated ARN patterns (* and ?) to leave out
  --target-ca ID          CA that the fix commands rotate to (default rds-ca-rsa2048-g1)
  --role-to-assume ARNS   assume these roles (AssumeRole from the default chain), one per account;
                          with --accounts, the hub role
  --accounts WHICH        "organization" (every ACTIVE account of the AWS Organization) or
                          12-digit account ids; each assumed as --member-role-name
  --member-role-name R    default aws-cert-watch
  --exclude-accounts IDS  accounts to leave out
  --shard I/N             scan a stable 1/N share of the accounts (default 1/1)
  --role-session-name S   default aws-cert-watch
  --aws-region R          home region for STS (default us-east-1)
  --dns-check BOOL        resolve the DNS validation records of ACM certificates about to renew
                          (default true)
  --dns-servers LIST      resolvers for that, IP[:port] (default: the system's)
Credentials come from the SDK's default chain: AWS_PROFILE (after "aws sso login" for an SSO
profile), AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or an instance role.

iac: checks infrastructure code in this directory (no AWS credentials needed): Terraform,
CloudFormation/SAM templates, CDK output and certificate files. PATH: a directory (its usual
files) or a file or glob; default the whole directory. Options:
  --paths GLOBS           one per line, ! excludes (instead of PATH)
  --changed-only WHEN     auto (on a pull_request event: the files it changes), true or false
  --sarif-path FILE       also write the findings as SARIF 2.1.0
  --target-ca, --warning-days, --critical-days as for scan; --aws-region R: where the live CA
                          list is asked when AWS credentials are in the environment
  --fail-on defaults to warning here

merge: merges matrix legs' JSON reports (files or globs; or --reports) into the report one scan
of all their accounts would give; a missing leg is named as a gap.

Both:
  --fail-on LEVEL         none|warning|critical|expired: exit ${EXIT_FINDINGS} at or above it (default none)
  --format FORMAT         table|json|markdown on stdout (default table)
  --report-path FILE      also write the JSON report to FILE
  --summary-path FILE     also write the job summary Markdown to FILE
  --no-color              plain text even on a terminal (also NO_COLOR=1; FORCE_COLOR=1 colours
                          a pipe)
  --debug                 on a failure, the stack trace and the SDK's error too; the scan's
                          debug lines on stderr
  -h, --help              this text
  --version               the version

Examples:
  aws-cert-watch scan --regions us-east-1,eu-west-1 --services rds,acm
  AWS_PROFILE=audit aws-cert-watch scan --regions all --fail-on critical
  aws-cert-watch scan --accounts organization --role-to-assume arn:aws:iam::111111111111:role/aws-cert-watch-hub --shard 2/4 --report-path legs/leg-2.json
  aws-cert-watch iac infra/ --sarif-path aws-cert-watch.sarif
  aws-cert-watch merge 'legs/*.json' --format markdown

Exit codes:
  ${EXIT_OK}  done, nothing at or above --fail-on
  ${EXIT_FINDINGS}  findings at or above --fail-on
  ${EXIT_USAGE}  bad usage: an unknown option, a bad value, a report that cannot be merged
  ${EXIT_NOT_SCANNED}  could not scan: no credentials, AWS unreachable or refusing them, nothing
     scannable, or a file asked for not written`
