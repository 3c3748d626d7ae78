/**
 * Which findings become workflow annotations. GitHub keeps at most 10 errors, 10 warnings and
 * 10 notices per step and 50 per job, dropping the rest silently, so this chooses: most urgent
 * first, within those budgets, and one closing notice that points at the job summary for the
 * rest (taken from the notice budget itself, so that it is never the one dropped). The step's
 * own annotations keep their slots: an error for its failure, a warning for failed scans.
 */
import type { Finding, Report, Severity } from '../model/index.js'
import { oneLine } from '../shared/text.js'
import { daysLeftText, mainStep, resourceTitle } from './finding-text.js'
import { usedBySentence } from './service-labels.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  /** The line of infrastructure code it is about: GitHub shows it there in the diff. */
  file?: string
  line?: number
}

export interface AnnotationOptions {
  /** Keep one error slot free for the step's own failure (core.setFailed). */
  reserveErrorSlot: boolean
  /** Keep one warning slot free for the warning that scans failed. */
  reserveWarningSlot?: boolean
}

export const ANNOTATIONS_PER_LEVEL = 10
export const ANNOTATIONS_PER_JOB = 50

const LEVELS: Record<Severity, Annotation['level']> = {
  expired: 'error',
  critical: 'error',
  warning: 'warning',
  notice: 'notice'
}

export function selectAnnotations(report: Report, options: AnnotationOptions): Annotation[] {
  const reservedError = options.reserveErrorSlot ? 1 : 0
  const reservedWarning = options.reserveWarningSlot === true ? 1 : 0
  const budget = {
    levels: {
      error: ANNOTATIONS_PER_LEVEL - reservedError,
      warning: ANNOTATIONS_PER_LEVEL - reservedWarning,
      notice: ANNOTATIONS_PER_LEVEL
    },
    total: ANNOTATIONS_PER_JOB - reservedError - reservedWarning
  }
  const toAnnotation = (finding: Finding) =>
    findingAnnotation(finding, new Date(report.generatedAt))
  let chosen = choose(report.findings, budget)
  if (chosen.length < report.findings.length) {
    // The pointer to the summary needs a notice slot and a job slot of its own.
    chosen = choose(report.findings, {
      levels: { ...budget.levels, notice: budget.levels.notice - 1 },
      total: budget.total - 1
    })
    const more = report.findings.length - chosen.length
    return [
      ...chosen.map(toAnnotation),
      {
        level: 'notice',
        title: 'aws-cert-watch: more findings',
        message: `${more} more ${more === 1 ? 'finding is' : 'findings are'} not annotated here (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level); see the job summary or the JSON report for all ${report.findings.length}.`
      }
    ]
  }
  return chosen.map(toAnnotation)
}

interface Budget {
  levels: Record<Annotation['level'], number>
  total: number
}

/** Findings are already most urgent first; take each while its level and the job have room. */
function choose(findings: readonly Finding[], budget: Budget): Finding[] {
  const used: Record<Annotation['level'], number> = { error: 0, warning: 0, notice: 0 }
  const chosen: Finding[] = []
  for (const finding of findings) {
    if (chosen.length >= budget.total) break
    const level = LEVELS[finding.severity]
    if (used[level] >= budget.levels[level]) continue
    used[level] += 1
    chosen.push(finding)
  }
  return chosen
}

/** Consumers an annotation names: it is one line in the job's list. */
const CONSUMERS_IN_ANNOTATION = 2

function findingAnnotation(finding: Finding, now: Date): Annotation {
  const usedBy = usedBySentence(finding, CONSUMERS_IN_ANNOTATION)
  const reasons = [
    ...finding.reasons.map((reason) => reason.message),
    ...(usedBy ? [usedBy] : [])
  ].join(' ')
  const fix = mainStep(finding)
  const fixText = fix ? ` Fix: ${fix.summary}${fix.command !== '' ? ` ${fix.command}` : ''}` : ''
  const where = finding.location === null ? `${finding.account} ${finding.region}, ` : ''
  return {
    level: LEVELS[finding.severity],
    title: oneLine(
      `${finding.severity}: ${resourceTitle(finding)} (${where}${daysLeftText(finding, now)})`
    ),
    message: oneLine(`${reasons}${fixText}`),
    ...(finding.location === null
      ? {}
      : { file: finding.location.file, line: finding.location.line })
  }
}
