/**
 * Which repository files the iac check reads (`paths`), and which reader takes each. Dependency
 * and tool folders are never code under review: `node_modules`, `.git`, and `.terraform`
 * (modules and providers `terraform init` downloads).
 */
import { splitGlobPatterns } from '../shared/glob-patterns.js'

export const NEVER_READ = ['**/node_modules/**', '**/.git/**', '**/.terraform/**']

export type IacReaderName = 'terraform' | 'cloudformation' | 'certificate-files'

/** The reader for a file, by its name; null for one no reader takes. */
export function readerFor(file: string): IacReaderName | null {
  const name = file.toLowerCase()
  if (name.endsWith('.tf') || name.endsWith('.tf.json')) return 'terraform'
  if (/\.(pem|crt|cer)$/.test(name)) return 'certificate-files'
  if (/\.(ya?ml|json|template)$/.test(name)) return 'cloudformation'
  return null
}

/** The files under root that the patterns name (`!` excludes), repository-relative, sorted. */
export async function discoverFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  const { glob } = await import('tinyglobby')
  const { includes, excludes } = splitGlobPatterns(patterns)
  const files = await glob(includes, {
    cwd: root,
    ignore: [...NEVER_READ, ...excludes],
    onlyFiles: true,
    dot: true,
    expandDirectories: false
  })
  return [...new Set(files.filter((file) => readerFor(file) !== null))].sort()
}
