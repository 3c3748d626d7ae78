import { COMMAND_LINE_WIDTH, commandBlock, layoutCommand } from '../../src/report/command-block.js'

/** What the shell runs: continuations joined, as `sh` reads them. */
const joined = (shown: string) => shown.replace(/ \\\n\s*/g, ' ')

describe('layoutCommand', () => {
  it('leaves a command that fits on one line as it is', () => {
    const command = 'aws rds describe-db-instances --region eu-west-1'
    expect(layoutCommand(command)).toBe(command)
    expect(commandBlock(command)).toBe(`\`\`\`shell\n${command}\n\`\`\``)
  })

  it('gives each flag of a long command a line, and the shell reads the same command', () => {
    const command =
      "aws rds modify-db-instance --db-instance-identifier 'orders db' --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --region eu-west-1"
    const shown = layoutCommand(command)
    expect(shown).toBe(
      [
        'aws rds modify-db-instance \\',
        "  --db-instance-identifier 'orders db' \\",
        '  --ca-certificate-identifier rds-ca-rsa2048-g1 \\',
        '  --apply-immediately \\',
        '  --region eu-west-1'
      ].join('\n')
    )
    expect(joined(shown)).toBe(command)
  })

  it('moves a value that does not fit beside its flag to the next line, never splitting it', () => {
    const arn = `arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/${'a'.repeat(40)}/fcc3d0b353f4232e`
    const shown = layoutCommand(
      `aws elbv2 modify-listener --listener-arn ${arn} --region us-east-1`
    )
    expect(shown.split('\n')).toContain(`    ${arn} \\`)
    expect(joined(shown)).toBe(`aws elbv2 modify-listener --listener-arn ${arn} --region us-east-1`)
  })

  it('keeps the lines it can to the width', () => {
    const command = `curl -fsSL -o bundle.pem https://truststore.pki.rds.amazonaws.com/${'x'.repeat(30)}/bundle.pem`
    for (const line of layoutCommand(command).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(COMMAND_LINE_WIDTH)
    }
  })

  it('pretty-prints a JSON argument inside its quotes: the same JSON document', () => {
    const batch = {
      Comment: 'ACM DNS validation',
      Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: '_x.example.com.', TTL: 300 } }]
    }
    const command = `aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch '${JSON.stringify(batch)}'`
    const shown = layoutCommand(command)
    expect(shown).toContain('  --change-batch \'{\n    "Comment": "ACM DNS validation",\n')
    const argument = /--change-batch '([\s\S]*)'$/.exec(shown)?.[1] ?? ''
    expect(JSON.parse(argument)).toEqual(batch)
  })

  it('starts each clause of a long SQL query on a line of its own', () => {
    const query =
      'SELECT id, user, host, connection_type FROM performance_schema.threads pst INNER JOIN information_schema.processlist isp ON pst.processlist_id = isp.id;'
    expect(layoutCommand(query)).toBe(
      [
        'SELECT id, user, host, connection_type',
        '  FROM performance_schema.threads pst',
        '  INNER JOIN information_schema.processlist isp',
        '  ON pst.processlist_id = isp.id;'
      ].join('\n')
    )
    expect(commandBlock(query).startsWith('```sql\n')).toBe(true)
  })

  it('does not touch a long command with an unclosed quote or its own line breaks', () => {
    const open = `aws acm x --domain 'a b ${'c'.repeat(100)}`
    expect(layoutCommand(open)).toBe(open)
    const multiline = `SELECT 1\nFROM t WHERE ${'x'.repeat(100)}`
    expect(layoutCommand(multiline)).toBe(multiline)
  })

  it('fences a command containing backticks with a longer fence', () => {
    expect(commandBlock("aws ssm x --comment '````'")).toBe(
      "`````shell\naws ssm x --comment '````'\n`````"
    )
  })
})
