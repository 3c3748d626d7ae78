export const id = 994;
export const ids = [994];
export const modules = {

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* reexport */ evaluate_findings/* compareFindings */.Eg),
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/services/index.ts + 24 modules
var src_services = __webpack_require__(8888);
;// CONCATENATED MODULE: ./src/services/plugin.ts
/** A plug-in's own entries of an inventory, with its own type. */
function inventoriesOf(inventory, plugin) {
    return [...(inventory.services[plugin.name] ?? [])];
}

// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
;// CONCATENATED MODULE: ./src/evaluate/ignore-patterns.ts
function compileIgnorePatterns(patterns) {
    const globs = patterns
        .map((pattern) => pattern.trim())
        .filter((pattern) => pattern !== '')
        // Code points, so that `?` matches one character even outside the BMP.
        .map((pattern) => Array.from(pattern));
    if (globs.length === 0)
        return () => false;
    return (arn) => {
        const text = Array.from(arn);
        return globs.some((glob) => globMatches(glob, text));
    };
}
function globMatches(glob, text) {
    let g = 0;
    let t = 0;
    // Where the last `*` was, and how much of the text it has swallowed so far.
    let star = -1;
    let starText = 0;
    while (t < text.length) {
        const token = glob[g];
        if (token === '*') {
            star = g;
            starText = t;
            g += 1;
        }
        else if (token !== undefined && (token === '?' || token === text[t])) {
            g += 1;
            t += 1;
        }
        else if (star >= 0) {
            // Let the last `*` swallow one more character and retry what follows it.
            g = star + 1;
            starText += 1;
            t = starText;
        }
        else {
            return false;
        }
    }
    while (glob[g] === '*')
        g += 1;
    return g === glob.length;
}

;// CONCATENATED MODULE: ./src/evaluate/index.ts





function evaluate(inventory, options, services = src_services/* SERVICES */.B) {
    const isIgnored = compileIgnorePatterns(options.ignore);
    const context = {
        now: options.now,
        thresholds: options.thresholds,
        targetCa: options.targetCa,
        inventories: (service) => inventory.services[service] ?? [],
        coverage: inventory.coverage
    };
    const findings = [];
    const resourcesScanned = {};
    let ignored = 0;
    for (const service of services) {
        const own = inventoriesOf(inventory, service);
        resourcesScanned[service.name] = own.reduce((sum, entry) => sum + service.summarize(entry).resources, 0);
        for (const finding of service.evaluate(own, context)) {
            if (isIgnored(finding.resourceArn))
                ignored += 1;
            else
                findings.push(finding);
        }
    }
    findings.sort(evaluate_findings/* compareFindings */.Eg);
    return { findings, ignored, resourcesScanned };
}


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishIacResults: () => (/* binding */ publishIacResults),
  publishResults: () => (/* binding */ publishResults),
  runContext: () => (/* binding */ runContext)
});

// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/finding-text.ts
var finding_text = __webpack_require__(11);
// EXTERNAL MODULE: ./src/model/severity.ts
var model_severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/shared/dates.ts
var dates = __webpack_require__(228);
// EXTERNAL MODULE: ./src/report/command-block.ts
var command_block = __webpack_require__(5875);
;// CONCATENATED MODULE: ./src/report/mermaid-gantt.ts
/**
 * A Mermaid gantt of upcoming expiries for the job summary. Mermaid has its own grammar: in a
 * gantt line `:` ends the task name, `;` and newlines end the statement, `#` and `%%` start
 * comments, and a line starting with a keyword (`section`, `title`, `click`, ...) is not a task.
 * Task names are therefore reduced to a safe alphabet and always start with the service name.
 */



/** Bars beyond this make the chart unreadable; the tables list everything. */
const MAX_GANTT_TASKS = 25;
const TAGS = {
    expired: 'crit, ',
    critical: 'crit, ',
    warning: 'active, ',
    notice: ''
};
/** Letters, digits, space and `. _ / -` survive; anything else becomes a space. */
function mermaidTaskName(text) {
    const safe = text
        .replace(/[^A-Za-z0-9 ._/-]+/g, ' ')
        .replace(/ +/g, ' ')
        .trim();
    return safe.length > 60 ? `${safe.slice(0, 57)}...` : safe;
}
/**
 * The chart's source inside a ```mermaid fence, or '' when nothing is upcoming. Bars run from the
 * scan day to the expiry day; expired findings and findings without a date have no bar.
 */
function renderExpiryGantt(findings, now) {
    // Calendar days: one that expired earlier today has 0 days left yet has passed.
    const upcoming = findings
        .filter((finding) => {
        const ms = (0,dates/* parseInstant */.nV)(finding.expiresAt);
        return ms !== null && !(0,dates/* hasPassed */.Pc)(ms, now);
    })
        .sort((a, b) => Date.parse(a.expiresAt ?? '') - Date.parse(b.expiresAt ?? ''));
    if (upcoming.length === 0)
        return '';
    // The soonest bars, then grouped into one section per severity.
    const shown = upcoming
        .slice(0, MAX_GANTT_TASKS)
        .sort((a, b) => model_severity/* SEVERITIES */.oC.indexOf(a.severity) - model_severity/* SEVERITIES */.oC.indexOf(b.severity));
    const start = now.toISOString().slice(0, 10);
    const lines = ['```mermaid', 'gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m-%d'];
    let section = null;
    shown.forEach((finding, index) => {
        if (finding.severity !== section) {
            section = finding.severity;
            lines.push(`    section ${finding_text/* SEVERITY_TITLES */.Ix[finding.severity]}`);
        }
        const name = mermaidTaskName(`${finding.service} ${(0,finding_text/* resourceLabel */.bP)(finding)}`);
        const days = Math.max(1, finding.daysLeft ?? 1);
        lines.push(`    ${name} :${TAGS[finding.severity]}t${index + 1}, ${start}, ${days}d`);
    });
    lines.push('```');
    const more = upcoming.length - shown.length;
    if (more > 0)
        lines.push('', `The chart shows the ${shown.length} soonest; ${more} more are in the tables.`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/services/index.ts + 24 modules
var src_services = __webpack_require__(8888);
;// CONCATENATED MODULE: ./src/report/service-labels.ts


/** `12 RDS resources and 4 ACM certificates`: each scanned service's count, in the report's order. */
function scannedResources(totals, services = src_services/* SERVICES */.B) {
    return joinAnd(scannedCounts(totals).map(([name, count]) => (0,finding_text/* plural */.LS)(count, find(name, services)?.label.resource ?? `${name} resource`)));
}
/** `12 RDS and 4 ACM`: the counts by service, the resources named once after them. */
function scannedByService(totals, services = src_services/* SERVICES */.B) {
    return joinAnd(scannedCounts(totals).map(([name, count]) => `${count} ${find(name, services)?.label.short ?? name}`));
}
function scannedCounts({ resourcesScanned, scanned }) {
    return Object.entries(resourcesScanned).filter(([name]) => scanned.includes(name));
}
/** How people name a kind of resource (`DB instance`); the type itself when unknown. */
function resourceTypeLabel(service, resourceType, services = src_services/* SERVICES */.B) {
    return find(service, services)?.resourceTypes[resourceType] ?? resourceType;
}
/**
 * Who serves a finding's certificate, as people name them (`load balancer listener shop-alb
 * (shop-alb-1.eu-west-1.elb.amazonaws.com) HTTPS :443`): plain text, each renderer escapes it.
 */
function consumerLabels(finding, services = src_services/* SERVICES */.B) {
    return (finding.usedBy ?? []).map((consumer) => {
        const type = find(consumer.service, services)?.resourceTypes[consumer.resourceType];
        return type ? `${type} ${consumer.name}` : consumer.name;
    });
}
/** `Used by a, b and 3 more.`, at most `limit` named; '' when nothing uses it. Plain text. */
function usedBySentence(finding, limit, services = src_services/* SERVICES */.B) {
    const labels = consumerLabels(finding, services);
    if (labels.length === 0)
        return '';
    const shown = labels.slice(0, limit);
    const more = labels.length - shown.length;
    return `Used by ${joinAnd(more > 0 ? [...shown, `${more} more`] : shown)}.`;
}
function find(name, services) {
    return services.find((service) => service.name === name);
}
/** `a`, `a and b`, `a, b and c`. */
function joinAnd(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The GitHub job summary (Markdown + HTML, the raw text core.summary receives), laid out for
 * GitHub's ~1,012 px content column: the headline with the tracking issue's link, a warning
 * callout for what could not be scanned, then per severity a three-column table (resource with
 * its account and region, what is wrong, days left) and under it the fixes as fenced code
 * blocks (which wrap nowhere and have a copy button), coverage, and a gantt of upcoming
 * expiries. GitHub renders raw HTML and Markdown here and core.summary escapes nothing, so
 * every AWS-supplied string goes through escape.ts. The whole text stays under a byte budget by
 * leaving out the least urgent findings first.
 */







/** GitHub's limit is 1 MiB per step; the margin leaves room for what else the step appends. */
const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 32 * 1024;
/** Sections longer than this fold into <details>. */
const LONG_LIST = 10;
function renderSummary(report, options) {
    const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const fits = (text) => Buffer.byteLength(text, 'utf8') <= maxBytes;
    const all = report.findings;
    const full = compose(report, all, options, 'full');
    if (fits(full))
        return full;
    // Findings are most urgent first: keep the longest prefix that fits.
    let low = 0;
    let high = all.length - 1;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(compose(report, all.slice(0, mid), options, 'full')))
            low = mid;
        else
            high = mid - 1;
    }
    const trimmed = compose(report, all.slice(0, low), options, 'full');
    if (low > 0 || fits(trimmed))
        return trimmed;
    // Not even the headline and coverage fit: drop the coverage rows that report no problem.
    const compact = compose(report, [], options, 'failures-only');
    return fits(compact) ? compact : truncateUtf8(compact, maxBytes);
}
function compose(report, shown, options, coverage) {
    const parts = [headline(report, options)];
    const warnings = warningCallout(report, options);
    if (warnings !== '')
        parts.push(warnings);
    const omitted = report.findings.slice(shown.length);
    if (omitted.length > 0)
        parts.push(omittedNote(omitted));
    if (report.findings.length === 0)
        parts.push('Nothing needs action.');
    const now = new Date(report.generatedAt);
    for (const severity of model_severity/* SEVERITIES */.oC) {
        const rows = shown.filter((finding) => finding.severity === severity);
        if (rows.length > 0)
            parts.push(severitySection(severity, rows, now, options.services));
    }
    const gantt = renderExpiryGantt(shown, now);
    if (gantt !== '')
        parts.push('### Upcoming expiries', gantt);
    parts.push(coverageSection(report.coverage, coverage));
    return `${parts.join('\n\n')}\n`;
}
function headline(report, { runUrl, services, issue }) {
    const { totals, scope } = report;
    const counts = model_severity/* SEVERITIES */.oC.map((severity) => `${totals[severity]} ${severity}`).join(' · ');
    const tracking = issue !== undefined && 'url' in issue && /^https?:\/\//i.test(issue.url)
        ? ` · Tracking issue <a href="${(0,report_escape/* escapeHtml */.ZD)(issue.url)}">#${issue.number}</a>`
        : '';
    const scanned = `Scanned ${(0,report_escape/* escapeMarkdown */.FV)(scannedResources({ resourcesScanned: totals.resourcesScanned, scanned: scope.services }, services))} in ${(0,finding_text/* plural */.LS)(scope.accounts.length, 'account')} × ${(0,finding_text/* plural */.LS)(scope.regions.length, 'region')} (${scope.services.join(', ')}), critical within ${report.thresholds.criticalDays} days, warning within ${report.thresholds.warningDays}.`;
    const ignored = totals.ignored > 0 ? ` ${(0,finding_text/* plural */.LS)(totals.ignored, 'finding')} hidden by \`ignore\` patterns.` : '';
    const link = runUrl && /^https?:\/\//i.test(runUrl)
        ? ` <a href="${(0,report_escape/* escapeHtml */.ZD)(runUrl)}">Workflow run</a>.`
        : '';
    return `## aws-cert-watch\n\n**${counts}**${tracking}\n\n${scanned}${ignored}${link}`;
}
/**
 * Right under the headline, what makes this report incomplete: failed scans (whose resources
 * are missing), shards that did not report, and what publishing could not do. Failed scans are
 * always listed, whatever the size budget.
 */
function warningCallout(report, options) {
    const failed = report.coverage.filter((row) => row.status === 'failed');
    const paragraphs = [];
    if (failed.length > 0) {
        paragraphs.push([
            `**${failed.length} of ${(0,finding_text/* plural */.LS)(report.coverage.length, 'scan')} failed**; their resources are missing from this report:`,
            ...failed.map((row) => `- ${(0,report_escape/* escapeMarkdown */.FV)(row.account)} · ${(0,report_escape/* escapeMarkdown */.FV)(row.region)} · ${(0,report_escape/* escapeMarkdown */.FV)(row.service)}: ${(0,report_escape/* escapeMarkdown */.FV)(row.detail)}`)
        ]);
    }
    const gap = (0,finding_text/* missingShardsText */.Xf)(report.scope.missingShards);
    const issueProblem = options.issue !== undefined && 'problem' in options.issue ? [options.issue.problem] : [];
    for (const text of [gap, ...(options.problems ?? []), ...issueProblem]) {
        if (text !== '')
            paragraphs.push([(0,report_escape/* escapeMarkdown */.FV)(text)]);
    }
    if (paragraphs.length === 0)
        return '';
    const quoted = paragraphs.map((lines) => lines.map((line) => `> ${line}`).join('\n'));
    return `> [!WARNING]\n${quoted.join('\n>\n')}`;
}
function omittedNote(omitted) {
    const counts = (0,finding_text/* countBySeverity */.Ot)(omitted);
    const detail = model_severity/* SEVERITIES */.oC.filter((severity) => counts[severity] > 0)
        .map((severity) => `${counts[severity]} ${severity}`)
        .join(', ');
    return `> **Note:** ${omitted.length} less urgent ${omitted.length === 1 ? 'finding is' : 'findings are'} not shown (${detail}): the job summary is limited to 1 MiB. The JSON report lists every finding.`;
}
function severitySection(severity, rows, now, services) {
    const title = `### ${finding_text/* SEVERITY_TITLES */.Ix[severity]} (${rows.length})`;
    const table = [
        '| Resource | What is wrong | Days left |',
        '| --- | --- | --- |',
        ...rows.map((row) => findingRow(row, now, services))
    ].join('\n');
    const fixes = rows
        .map(fixBlock)
        .filter((fix) => fix !== '')
        .join('\n\n');
    const body = fixes === '' ? table : `${table}\n\n**How to fix**\n\n${fixes}`;
    if (rows.length <= LONG_LIST)
        return `${title}\n\n${body}`;
    const open = severity === 'expired' || severity === 'critical' ? ' open' : '';
    return `${title}\n\n<details${open}><summary>${rows.length} findings</summary>\n\n${body}\n\n</details>`;
}
/** Consumers named in a row: the rest are counted (the JSON report and the issue list them). */
const CONSUMERS_IN_ROW = 3;
function findingRow(finding, now, services) {
    const usedBy = usedBySentence(finding, CONSUMERS_IN_ROW, services);
    const where = `${(0,report_escape/* escapeMarkdown */.FV)(finding.account)} · ${(0,report_escape/* escapeMarkdown */.FV)(finding.region)}`;
    const resource = `${(0,report_escape/* codeSpan */.SS)((0,finding_text/* resourceLabel */.bP)(finding))}<br>${(0,report_escape/* escapeMarkdown */.FV)(finding.resourceType)}<br>${where}${usedBy ? `<br>${(0,report_escape/* escapeMarkdown */.FV)(usedBy)}` : ''}`;
    const wrong = finding.reasons
        .map((reason) => `**${(0,report_escape/* escapeMarkdown */.FV)(reason.severity)}** ${(0,report_escape/* escapeMarkdown */.FV)(reason.message)}`)
        .join('<br>');
    const due = (0,finding_text/* dueOf */.IH)(finding, now);
    const date = due.at === null ? '' : `<br>${(0,dates/* formatDay */.im)(due.at)}`;
    // No break inside "6 days left": the column stays as wide as its longest phrase.
    const days = (0,report_escape/* escapeMarkdown */.FV)((0,finding_text/* daysLeftText */.oZ)(finding, now)).replace(/ /g, '&nbsp;');
    return `| ${resource} | ${wrong} | ${days}${date} |`;
}
/**
 * Under the table, the step that fixes each finding with its command in a fenced block; every
 * other step, preparation included, one click away.
 */
function fixBlock(finding) {
    const main = (0,finding_text/* mainStep */.Uq)(finding);
    if (main === undefined)
        return '';
    const step = (summary, command) => `${(0,report_escape/* escapeMarkdown */.FV)(summary)}${command !== '' ? `\n\n${(0,command_block/* commandBlock */.L)(command)}` : ''}`;
    const where = `${(0,report_escape/* escapeMarkdown */.FV)(finding.account)} · ${(0,report_escape/* escapeMarkdown */.FV)(finding.region)}`;
    const inView = `${(0,report_escape/* codeSpan */.SS)((0,finding_text/* resourceLabel */.bP)(finding))} (${where}): ${step(main.summary, main.command)}`;
    if (finding.remediation.length === 1)
        return inView;
    // A list item's lines continue under its text, past the `1. ` marker.
    const item = (marker, text) => `${marker}${text.replace(/\n(?!\n)/g, `\n${' '.repeat(marker.length)}`)}`;
    const all = finding.remediation
        .map((s, index) => item(`${index + 1}. `, step(s.summary, s.command)))
        .join('\n');
    return `${inView}\n\n<details><summary>All ${finding.remediation.length} steps</summary>\n\n${all}\n\n</details>`;
}
/** Which scans ran; the failed ones are listed in the callout at the top. */
function coverageSection(rows, mode) {
    const header = [
        '| Account | Region | Service | Status | Detail |',
        '| --- | --- | --- | --- | --- |'
    ];
    const line = (row) => `| ${(0,report_escape/* escapeMarkdown */.FV)(row.account)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.region)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.service)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.status)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.detail)} |`;
    const failed = rows.filter((row) => row.status === 'failed');
    const rest = rows.filter((row) => row.status !== 'failed');
    const parts = ['### Coverage'];
    if (rows.length === 0)
        parts.push('Nothing was scanned.');
    else if (failed.length > 0) {
        parts.push(`${failed.length} of ${rows.length} scans failed (listed at the top).`);
    }
    else
        parts.push(`All ${rows.length} account × region × service scans succeeded.`);
    if (rest.length > 0) {
        parts.push(mode === 'full'
            ? `<details><summary>${rest.length} scanned without errors</summary>\n\n${[...header, ...rest.map(line)].join('\n')}\n\n</details>`
            : `${rest.length} scans without errors (details left out to fit the size limit).`);
    }
    return parts.join('\n\n');
}
/** Cuts at a byte budget without splitting a UTF-8 sequence; the last resort only. */
function truncateUtf8(text, maxBytes) {
    const note = '\n\n_(truncated to fit the job summary size limit)_\n';
    const budget = Math.max(0, maxBytes - Buffer.byteLength(note, 'utf8'));
    const bytes = Buffer.from(text, 'utf8').subarray(0, budget);
    return `${bytes.toString('utf8').replace(/\uFFFD+$/, '')}${note}`;
}

;// CONCATENATED MODULE: ./src/report/iac-summary.ts



const ORDER = ['expired', 'critical', 'warning', 'notice'];
function renderIacSummary(report, context) {
    const maxBytes = context.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const now = new Date(report.generatedAt);
    const head = [iac_summary_headline(report, checkedText(context)), failures(report, context.problems ?? [])]
        .filter(Boolean)
        .join('\n\n');
    const parts = [head];
    let size = Buffer.byteLength(head);
    let shown = 0;
    for (const finding of report.findings) {
        const block = findingBlock(finding, now);
        // Room is kept for the closing note on what was left out.
        if (size + Buffer.byteLength(block) + 400 > maxBytes)
            break;
        parts.push(block);
        size += Buffer.byteLength(block) + 2;
        shown += 1;
    }
    const left = report.findings.length - shown;
    if (left > 0) {
        parts.push(`> **Note:** ${(0,finding_text/* plural */.LS)(left, 'less urgent finding')} ${left === 1 ? 'is' : 'are'} not shown: the job summary is limited to 1 MiB. The JSON report and the SARIF file list every finding.`);
    }
    return `${parts.join('\n\n')}\n`;
}
/** `3 files that this pull request changes`, `12 files`. */
function checkedText(context) {
    const files = (0,finding_text/* plural */.LS)(context.filesChecked, 'file');
    return context.changedOnly ? `${files} that this pull request changes` : files;
}
function iac_summary_headline(report, scope) {
    const counts = (0,finding_text/* countBySeverity */.Ot)(report.findings);
    const files = new Set(report.findings.map((finding) => finding.location?.file)).size;
    const bySeverity = ORDER.filter((severity) => counts[severity] > 0)
        .map((severity) => `${counts[severity]} ${severity}`)
        .join(', ');
    const result = report.findings.length === 0
        ? 'Nothing to fix in the certificate settings of the infrastructure code.'
        : `**${(0,finding_text/* plural */.LS)(report.findings.length, 'finding')}** in ${(0,finding_text/* plural */.LS)(files, 'file')} (${bySeverity}).`;
    return `## aws-cert-watch: infrastructure code\n\n${result} Checked: ${(0,report_escape/* escapeMarkdown */.FV)(scope)}.`;
}
function failures(report, problems) {
    const failed = report.coverage.filter((row) => row.status === 'failed');
    if (failed.length === 0 && problems.length === 0)
        return '';
    const lines = [
        ...(failed.length === 0 ? [] : [`> ${(0,finding_text/* plural */.LS)(failed.length, 'part')} could not be checked:`]),
        ...failed.map((row) => `> - ${(0,report_escape/* escapeMarkdown */.FV)(row.service)}: ${(0,report_escape/* escapeMarkdown */.FV)(row.detail)}`),
        ...problems.map((problem) => `> ${(0,report_escape/* escapeMarkdown */.FV)(problem)}`)
    ];
    return ['> [!WARNING]', ...lines].join('\n');
}
function findingBlock(finding, now) {
    const where = finding.location === null ? '' : `${finding.location.file} line ${finding.location.line}`;
    const dated = finding.daysLeft === null ? '' : ` · ${(0,finding_text/* daysLeftText */.oZ)(finding, now)}`;
    const lines = [
        `### ${finding.severity}: ${(0,report_escape/* escapeMarkdown */.FV)(where)}${dated}`,
        `${(0,report_escape/* escapeMarkdown */.FV)(finding.resourceType)} ${(0,report_escape/* escapeMarkdown */.FV)(finding.resourceName ?? finding.resourceId)}`,
        '',
        ...finding.reasons.map((reason) => `- ${(0,report_escape/* escapeMarkdown */.FV)(reason.message)}`)
    ];
    for (const step of finding.remediation) {
        lines.push('', `**Fix:** ${(0,report_escape/* escapeMarkdown */.FV)(step.summary)}`);
        if (step.command !== '')
            lines.push('', (0,report_escape/* codeBlock */.DV)(step.command, fenceLanguage(finding, step.command)));
    }
    return lines.join('\n');
}
/** The fence's language for highlighting: the file's, or shell for a command. */
function fenceLanguage(finding, command) {
    if ((0,finding_text/* isShellCommand */.g2)(command))
        return 'sh';
    const file = finding.location?.file ?? '';
    if (/cdk\.out\//.test(file))
        return 'ts';
    if (file.endsWith('.tf'))
        return 'hcl';
    if (file.endsWith('.json'))
        return 'json';
    return /\.ya?ml$/.test(file) ? 'yaml' : '';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/iac/checks/reasons.ts
const IAC_REASONS = [
    {
        code: 'iac-rds-ca-outdated',
        severity: 'expired',
        meaning: 'a DB instance or cluster pins a retired CA, or one that is not current (warning when only the known list says so; with AWS credentials DescribeCertificates decides), or leaves it unset where the account default is known to be bad'
    },
    {
        code: 'iac-acm-email-validation',
        severity: 'warning',
        meaning: 'an ACM certificate validated by e-mail (CloudFormation’s default when `ValidationMethod` is omitted): every renewal waits for someone to click an approval mail'
    },
    {
        code: 'iac-certificate-file-expired',
        severity: 'expired',
        meaning: 'a certificate in a repository file, or the body of an IAM server certificate, has expired'
    },
    {
        code: 'iac-certificate-file-expiring',
        severity: 'warning',
        meaning: 'a certificate in a repository file, or the body of an IAM server certificate, expires within `warning-days` (critical within `critical-days`); nobody renews it'
    }
];

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * Infrastructure-code findings as SARIF 2.1.0, for github/codeql-action/upload-sarif: one rule
 * per reason code, one result per reason of a finding, each at its file and line. GitHub's
 * limits (docs.github.com, "SARIF support for code scanning"): at most 25,000 results per run
 * and 10 MB gzip-compressed per upload; the most urgent are kept and the run says how many were
 * left out. A finding without a file location is never emitted (code scanning would reject it).
 */




const SARIF_RESULT_LIMIT = 25_000;
const SARIF_GZIP_BYTES_LIMIT = 10 * 1024 * 1024;
const LEVEL = {
    expired: 'error',
    critical: 'error',
    warning: 'warning',
    notice: 'note'
};
/** Code scanning ranks security alerts by this score (critical >= 9.0, high >= 7.0, medium >= 4.0). */
const SECURITY_SEVERITY = {
    expired: '9.0',
    critical: '8.0',
    warning: '5.0',
    notice: '2.0'
};
/** The iac check's SARIF, as the action's `sarif-path` and the CLI's `--sarif-path` write it. */
function renderIacSarif(report) {
    return renderSarif(report, { rules: IAC_REASONS, informationUri: contract/* PROJECT_URL */.w5 });
}
function renderSarif(report, options) {
    const rules = [...options.rules].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const ruleIndex = new Map(rules.map((rule, index) => [rule.code, index]));
    const all = report.findings.flatMap((finding) => results(finding, ruleIndex));
    const limit = options.gzipBytesLimit ?? SARIF_GZIP_BYTES_LIMIT;
    let kept = Math.min(all.length, SARIF_RESULT_LIMIT);
    for (;;) {
        const text = `${JSON.stringify(log(rules, all.slice(0, kept), all.length - kept, options), null, 2)}\n`;
        if (kept === 0 || (0,external_node_zlib_.gzipSync)(text).length <= limit)
            return text;
        kept = Math.floor(kept / 2);
    }
}
function log(rules, kept, leftOut, options) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'aws-cert-watch',
                        informationUri: options.informationUri,
                        rules: rules.map((rule) => descriptor(rule, options.informationUri))
                    }
                },
                automationDetails: { id: 'aws-cert-watch/iac/' },
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(leftOut > 0
                            ? {
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: {
                                            text: `${leftOut} less urgent results were left out to stay within GitHub's limits; the JSON report has them all.`
                                        }
                                    }
                                ]
                            }
                            : {})
                    }
                ],
                results: kept
            }
        ]
    };
}
function descriptor(rule, informationUri) {
    const text = sentence(rule.meaning);
    return {
        id: rule.code,
        name: rule.code.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c) => c.toUpperCase()),
        shortDescription: { text },
        fullDescription: { text },
        helpUri: `${informationUri}#infrastructure-code-on-pull-requests`,
        help: { text, markdown: text },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: {
            tags: ['security', 'tls', 'certificates'],
            precision: 'very-high',
            'security-severity': SECURITY_SEVERITY[rule.severity]
        }
    };
}
function results(finding, ruleIndex) {
    const location = finding.location;
    if (location === null)
        return [];
    const fix = finding.remediation[0];
    const fixText = fix === undefined ? '' : ` Fix: ${fix.summary}${fix.command === '' ? '' : ` ${fix.command}`}`;
    return finding.reasons.map((reason) => ({
        ruleId: reason.code,
        ruleIndex: ruleIndex.get(reason.code) ?? -1,
        level: LEVEL[reason.severity],
        message: { text: `${reason.message}${fixText}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(location.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: location.line }
                }
            }
        ],
        partialFingerprints: {
            'awsCertWatchFinding/v1': (0,external_node_crypto_.createHash)('sha256')
                .update(`${finding.id}\u0000${reason.code}`)
                .digest('hex')
        },
        properties: { severity: reason.severity, resource: finding.resourceId }
    }));
}
/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
function fileUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function sentence(text) {
    const first = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.!?]$/.test(first) ? first : `${first}.`;
}

// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/report/annotations.ts



const ANNOTATIONS_PER_LEVEL = 10;
const ANNOTATIONS_PER_JOB = 50;
const LEVELS = {
    expired: 'error',
    critical: 'error',
    warning: 'warning',
    notice: 'notice'
};
function selectAnnotations(report, options) {
    const reservedError = options.reserveErrorSlot ? 1 : 0;
    const reservedWarning = options.reserveWarningSlot === true ? 1 : 0;
    const budget = {
        levels: {
            error: ANNOTATIONS_PER_LEVEL - reservedError,
            warning: ANNOTATIONS_PER_LEVEL - reservedWarning,
            notice: ANNOTATIONS_PER_LEVEL
        },
        total: ANNOTATIONS_PER_JOB - reservedError - reservedWarning
    };
    const toAnnotation = (finding) => findingAnnotation(finding, new Date(report.generatedAt));
    let chosen = choose(report.findings, budget);
    if (chosen.length < report.findings.length) {
        // The pointer to the summary needs a notice slot and a job slot of its own.
        chosen = choose(report.findings, {
            levels: { ...budget.levels, notice: budget.levels.notice - 1 },
            total: budget.total - 1
        });
        const more = report.findings.length - chosen.length;
        return [
            ...chosen.map(toAnnotation),
            {
                level: 'notice',
                title: 'aws-cert-watch: more findings',
                message: `${more} more ${more === 1 ? 'finding is' : 'findings are'} not annotated here (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level); see the job summary or the JSON report for all ${report.findings.length}.`
            }
        ];
    }
    return chosen.map(toAnnotation);
}
/** Findings are already most urgent first; take each while its level and the job have room. */
function choose(findings, budget) {
    const used = { error: 0, warning: 0, notice: 0 };
    const chosen = [];
    for (const finding of findings) {
        if (chosen.length >= budget.total)
            break;
        const level = LEVELS[finding.severity];
        if (used[level] >= budget.levels[level])
            continue;
        used[level] += 1;
        chosen.push(finding);
    }
    return chosen;
}
/** Consumers an annotation names: it is one line in the job's list. */
const CONSUMERS_IN_ANNOTATION = 2;
function findingAnnotation(finding, now) {
    const usedBy = usedBySentence(finding, CONSUMERS_IN_ANNOTATION);
    const reasons = [
        ...finding.reasons.map((reason) => reason.message),
        ...(usedBy ? [usedBy] : [])
    ].join(' ');
    const fix = (0,finding_text/* mainStep */.Uq)(finding);
    const fixText = fix ? ` Fix: ${fix.summary}${fix.command !== '' ? ` ${fix.command}` : ''}` : '';
    const where = finding.location === null ? `${finding.account} ${finding.region}, ` : '';
    return {
        level: LEVELS[finding.severity],
        title: (0,shared_text/* oneLine */.TN)(`${finding.severity}: ${(0,finding_text/* resourceTitle */.JS)(finding)} (${where}${(0,finding_text/* daysLeftText */.oZ)(finding, now)})`),
        message: (0,shared_text/* oneLine */.TN)(`${reasons}${fixText}`),
        ...(finding.location === null
            ? {}
            : { file: finding.location.file, line: finding.location.line })
    };
}

// EXTERNAL MODULE: ./src/shared/budget.ts
var shared_budget = __webpack_require__(544);
// EXTERNAL MODULE: ./src/report/json-report.ts + 1 modules
var json_report = __webpack_require__(195);
;// CONCATENATED MODULE: ./src/publish/action-outputs.ts


/**
 * Sets the outputs the report decides, before the tracking issue is attempted (so that no
 * GitHub fault can take them away); `setIssueOutputs` adds the issue's afterwards. The
 * report path is '' when the report could not be written.
 */
function setActionOutputs(io, report, reportPath) {
    io.setOutput(contract/* Outputs */.tY.FindingsCount, String(report.findings.length));
    io.setOutput(contract/* Outputs */.tY.ExpiredCount, String(report.totals.expired));
    io.setOutput(contract/* Outputs */.tY.CriticalCount, String(report.totals.critical));
    io.setOutput(contract/* Outputs */.tY.WarningCount, String(report.totals.warning));
    io.setOutput(contract/* Outputs */.tY.MaxSeverity, (0,json_report/* maxSeverity */.eL)(report));
    io.setOutput(contract/* Outputs */.tY.ReportPath, reportPath);
}
/** The issue outputs; '' when no issue was kept. */
function setIssueOutputs(io, issue) {
    io.setOutput(contract/* Outputs */.tY.IssueNumber, issue?.number !== undefined ? String(issue.number) : '');
    io.setOutput(contract/* Outputs */.tY.IssueUrl, issue?.url ?? '');
}

;// CONCATENATED MODULE: ./src/publish/fail-on.ts
/**
 * Whether the step fails, and the one line that says why. Pure: the caller calls setFailed.
 */



/** How many of the worst resources the failure line names before "and N more". */
const NAMED_IN_MESSAGE = 3;
function describe(finding, now) {
    return `${(0,shared_text/* oneLine */.TN)((0,finding_text/* resourceLabel */.bP)(finding))} (${finding.account}/${finding.region}, ${(0,finding_text/* daysLeftText */.oZ)(finding, now)})`;
}
/** Every account/region/service failed and no resource was seen: a scan that did not happen. */
function nothingScanned(report) {
    const sawNothing = Object.values(report.totals.resourcesScanned).every((count) => count === 0);
    return (sawNothing && report.coverage.length > 0 && report.coverage.every((r) => r.status === 'failed'));
}
function failureMessage(report, failOn) {
    if (nothingScanned(report)) {
        const codes = [...new Set(report.coverage.map((row) => (0,shared_text/* oneLine */.TN)(row.detail)))].slice(0, 2);
        return `Nothing could be scanned: every account/region/service failed (${codes.join('; ')}). Check the role's permissions and the regions input.`;
    }
    if (failOn === 'none')
        return null;
    const limit = model_severity/* SEVERITIES */.oC.indexOf(failOn);
    const failing = report.findings.filter((f) => model_severity/* SEVERITIES */.oC.indexOf(f.severity) <= limit);
    if (failing.length === 0)
        return null;
    const named = failing
        .slice(0, NAMED_IN_MESSAGE)
        .map((finding) => describe(finding, new Date(report.generatedAt)))
        .join(', ');
    const more = failing.length > NAMED_IN_MESSAGE ? ` and ${failing.length - NAMED_IN_MESSAGE} more` : '';
    return `${failing.length} resource(s) at or above fail-on '${failOn}': ${named}${more}. See the job summary for the commands that fix them.`;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/publish/github-client.ts
/**
 * The one place that builds the GitHub client: @actions/github's Octokit (REST methods,
 * pagination, GraphQL) with the retry and throttling plugins, pointed at `GITHUB_API_URL` so
 * that it works on GitHub Enterprise Server and against the local API in tests.
 *
 * Every request has a time limit, a whole run's requests can be cut off at once (`signal`), a
 * rate-limit wait longer than the budget allows is not sat out, and an answer that is not
 * GitHub's JSON (a proxy's HTML page) is refused before Octokit turns its text into a message.
 */




/**
 * An answer that is not the GitHub API's: HTML from a proxy or a login page. Its body is never
 * shown (a proxy may echo the request, token included); only its status and type are.
 */
class NotGitHubResponse extends Error {
    status;
    contentType;
    preview;
    name = 'NotGitHubResponse';
    constructor(status, contentType, 
    /** The first bytes, for the debug log after masking. */
    preview) {
        super(`HTTP ${status} (${contentType || 'no content type'}), not a GitHub API response`);
        this.status = status;
        this.contentType = contentType;
        this.preview = preview;
    }
}
/** A request that outlived its own time limit (not the run's). */
class GitHubRequestTimeout extends Error {
    ms;
    name = 'GitHubRequestTimeout';
    constructor(ms) {
        super(`no answer within ${(0,shared_budget/* formatSeconds */.Xo)(ms)}`);
        this.ms = ms;
    }
}
const SILENT_LOG = { debug: () => { }, info: () => { }, warning: () => { } };
function createGitHubClient(token, options = {}) {
    const log = options.log ?? SILENT_LOG;
    const retries = options.retries ?? 3;
    const longestWait = options.longestWaitSeconds ?? shared_budget/* DEFAULT_BUDGETS */.Dm.github.longestWaitSeconds;
    const baseUrl = options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
    const onLimit = (kind) => (retryAfter, request, _octokit, count) => {
        if (retryAfter > longestWait) {
            log.warning(`GitHub ${kind} on ${request.method} ${request.url}: it resets in ${retryAfter} s, ` +
                `longer than this run waits (${longestWait} s); giving up`);
            return false;
        }
        if (count >= retries) {
            log.warning(`GitHub ${kind} on ${request.method} ${request.url}; giving up after ${count} retries`);
            return false;
        }
        log.info(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
        return true;
    };
    const throttle = {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.retryAfterBaseValue === undefined
            ? {}
            : { retryAfterBaseValue: options.retryAfterBaseValue }),
        ...(options.paceWrites === false
            ? { write: unpacedGroup(), notifications: unpacedGroup() }
            : {})
    };
    return (0,github.getOctokit)(token, {
        baseUrl: baseUrl.replace(/\/+$/, ''),
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.debug(message),
            warn: (message) => log.warning(message),
            error: (message) => log.warning(message)
        },
        request: {
            fetch: guardedFetch(options.requestMs ?? shared_budget/* DEFAULT_BUDGETS */.Dm.github.requestMs, options.signal)
        },
        retry: {
            retries,
            ...(options.retryAfterBaseValue === undefined
                ? {}
                : { retryAfterBaseValue: options.retryAfterBaseValue })
        },
        throttle
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/**
 * `fetch` with the request's own time limit and the run's signal, refusing non-JSON answers.
 * Octokit wraps what this throws as a RequestError (status 500, the error as its cause), which
 * the retry plugin tries again a bounded number of times.
 */
function guardedFetch(requestMs, runSignal) {
    return async (input, init) => {
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(new GitHubRequestTimeout(requestMs)), requestMs);
        timer.unref();
        const signals = [timeout.signal, runSignal, init?.signal ?? undefined].filter((signal) => signal !== undefined);
        try {
            const response = await fetch(input, { ...init, signal: AbortSignal.any(signals) });
            const type = response.headers.get('content-type') ?? '';
            if (HAS_NO_BODY.has(response.status) || /\bjson\b/i.test(type))
                return response;
            const preview = (await response.text().catch(() => '')).slice(0, 300);
            throw new NotGitHubResponse(response.status, type.split(';')[0]?.trim() ?? '', preview);
        }
        finally {
            clearTimeout(timer);
        }
    };
}
/** Statuses whose answers carry no body, hence no content type to check. */
const HAS_NO_BODY = new Set([204, 205, 304]);
/**
 * A stand-in for the plugin's Bottleneck group that runs every job at once: the pacing groups
 * are only consulted through `key(id).schedule(options, job, ...args)`.
 */
function unpacedGroup() {
    const limiter = {
        schedule: (_options, job, ...args) => Promise.resolve().then(() => job(...args))
    };
    return { key: () => limiter };
}

// EXTERNAL MODULE: ./src/publish/report-file.ts
var report_file = __webpack_require__(3832);
// EXTERNAL MODULE: ./src/evaluate/index.ts + 2 modules
var evaluate = __webpack_require__(4665);
;// CONCATENATED MODULE: ./src/report/issue/markers.ts
/**
 * The hidden HTML-comment markers that make the tracking issue's body machine-readable. The
 * renderer writes them and the parser reads them back; both go through this module so that
 * the syntax is spelled once.
 *
 * Values inside markers (finding ids, the scope key) are encoded so that they are made only of
 * `[A-Za-z0-9._:/-]` plus `%` escapes: such a value can never end the comment (`-->`), start
 * another one, or contain a space that would split the marker's fields. The encoding works per
 * UTF-16 code unit (like the legacy `escape()`), so that every string, even one with a lone
 * surrogate, round-trips exactly.
 */

const PREFIX = 'aws-cert-watch';
const SAFE = /[A-Za-z0-9._:/-]/;
/** Encodes a value for use inside a marker; `decodeMarkerValue` is its exact inverse. */
function encodeMarkerValue(value) {
    let out = '';
    for (let i = 0; i < value.length; i++) {
        const ch = value.charAt(i);
        if (SAFE.test(ch)) {
            out += ch;
            continue;
        }
        const unit = value.charCodeAt(i);
        out +=
            unit < 0x100
                ? `%${unit.toString(16).padStart(2, '0')}`
                : `%u${unit.toString(16).padStart(4, '0')}`;
    }
    return out;
}
/** Decodes what `encodeMarkerValue` wrote; null for anything it cannot have written. */
function decodeMarkerValue(encoded) {
    if (!/^(?:[A-Za-z0-9._:/-]|%[0-9a-f]{2}|%u[0-9a-f]{4})*$/.test(encoded))
        return null;
    return encoded.replace(/%u([0-9a-f]{4})|%([0-9a-f]{2})/g, (_match, wide, narrow) => String.fromCharCode(parseInt(wide ?? narrow, 16)));
}
const ENCODED = '((?:[A-Za-z0-9._:/-]|%[0-9a-f]{2}|%u[0-9a-f]{4})*)';
const SEVERITY = `(${model_severity/* SEVERITIES */.oC.join('|')})`;
/**
 * The comment around a marker, as people may leave it after an edit: any spacing inside the
 * comment, trailing spaces after it, any case of the prefix. It must start the line, as runs
 * write it: a line of a code block never does (see `codeBlock`).
 */
const OPEN = `<!--\\s*${PREFIX}\\s*:\\s*`;
const CLOSE = '\\s*-->\\s*$';
/** First line of every body: which scope (`issue-key`) the issue tracks. */
function scopeMarker(scopeKey) {
    return `<!-- ${PREFIX}:scope=${encodeMarkerValue(scopeKey)} -->`;
}
const SCOPE_MARKER_PATTERN = new RegExp(`^${OPEN}scope=${ENCODED}${CLOSE}`, 'i');
/**
 * Ends what runs write, just above the notes; it repeats the scope, so that the issue is still
 * recognised when someone edits or deletes the first line.
 */
function endMarker(scopeKey) {
    return `<!-- ${PREFIX}:end scope=${encodeMarkerValue(scopeKey)} -->`;
}
const END_MARKER_PATTERN = new RegExp(`^${OPEN}end(?:\\s+scope=${ENCODED})?${CLOSE}`, 'i');
/**
 * A checklist line: the box, the finding's id, the severity it was shown with, and for a ticked
 * box the severity it was acknowledged at (which can differ from the one shown later: a tick
 * holds until the finding is more urgent than when it was ticked).
 */
function itemMarker(id, severity, acknowledgedAt) {
    const box = acknowledgedAt === undefined ? ' ' : 'x';
    const ack = acknowledgedAt === undefined ? '' : ` ack=${acknowledgedAt}`;
    return `- [${box}] <!-- ${PREFIX}:id=${encodeMarkerValue(id)} sev=${severity}${ack} -->`;
}
/** Matches a checklist line as GitHub leaves it after someone ticks or unticks the box. */
const ITEM_MARKER_PATTERN = new RegExp(`^[-*+] \\[([ xX])\\] <!--\\s*${PREFIX}:id=${ENCODED} sev=${SEVERITY}(?: ack=${SEVERITY})?\\s*-->`);
/**
 * An acknowledged finding that the size budget left out of the visible list: kept as a hidden
 * line so that its tick survives until there is room to show it again.
 */
function hiddenAckMarker(id, severity, acknowledgedAt) {
    return `<!-- ${PREFIX}:ack=${encodeMarkerValue(id)} sev=${severity} ack=${acknowledgedAt} -->`;
}
const HIDDEN_ACK_PATTERN = new RegExp(`^<!--\\s*${PREFIX}:ack=${ENCODED} sev=${SEVERITY}(?: ack=${SEVERITY})?${CLOSE}`);
/**
 * Written when the size budget left unacknowledged findings out: how many, and the most urgent
 * severity among them. Findings at or below that severity may already have been there unseen,
 * so they do not count as new on the next run.
 */
function omittedMarker(count, mostUrgent) {
    return `<!-- ${PREFIX}:omitted=${count} most-urgent=${mostUrgent} -->`;
}
const OMITTED_PATTERN = new RegExp(`^<!--\\s*${PREFIX}:omitted=(\\d+) most-urgent=${SEVERITY}`);
/**
 * Starts each line that changes with every run even when the findings do not (scan time, run
 * links); `stableIssueBody` leaves these lines out so that identical scans write nothing. Such
 * a line is an HTML block: whatever follows the marker on it must be HTML, not Markdown.
 */
const RUN_LINE_MARKER = `<!-- ${PREFIX}:run -->`;
/**
 * Which body a run's write was computed from (a hash of it): the next run compares it with the
 * edit history to find a person's edit that landed between that run's last read and its write.
 * It changes with every write, so it is not part of the stable form either.
 */
function baseMarker(hash) {
    return `<!-- ${PREFIX}:base=${hash} -->`;
}
const BASE_MARKER_PATTERN = new RegExp(`^${OPEN}base=([0-9a-f]{8,64})${CLOSE}`, 'i');
/** Everything below this line belongs to people and is kept byte for byte. */
const NOTES_MARKER = `<!-- ${PREFIX}:notes -->`;
/**
 * The notes marker however an edit left it: a trailing space, no spaces, another case. A
 * line that only resembles it this much is still meant as it.
 */
const NOTES_MARKER_PATTERN = new RegExp(`^${OPEN}notes${CLOSE}`, 'i');
/**
 * Whether a line opens a fenced code block, and with which fence: its indentation and its
 * backticks or tildes (`  \`\`\``).
 */
function fenceOf(line) {
    const match = /^( {0,3})(`{3,}|~{3,})/.exec(line);
    return match === null ? null : `${match[1]}${match[2]}`;
}
/**
 * Whether `line` closes the block that `opening` opened: CommonMark's rule (same character, at
 * least as long), and at the same indentation. CommonMark lets any indentation up to three
 * spaces close it, so a fence someone left open at the start of a line would end at the first
 * closer of the command blocks runs write inside checklist items (indented) and hide the ticks
 * between; requiring the opener's indentation lets it stay open, as a fence left open must.
 */
function closesFence(line, opening) {
    const match = /^( {0,3})(`{3,}|~{3,})\s*$/.exec(line);
    if (match === null)
        return false;
    const [, indent = '', fence = ''] = match;
    const openIndent = /^ */.exec(opening)?.[0] ?? '';
    const openFence = opening.slice(openIndent.length);
    return indent === openIndent && fence[0] === openFence[0] && fence.length >= openFence.length;
}

;// CONCATENATED MODULE: ./src/report/issue/body.ts
/**
 * The tracking issue's body: rendered from a report, parsed back on the next run. Pure: no I/O,
 * no clock (the scan time comes from the report).
 *
 * Layout, top to bottom: scope marker, header (counts, scope, scan line), a warning callout for
 * coverage gaps, one checklist section per severity (each fix's command in a fenced block), what
 * the size budget left out, "Acknowledged" (ticked findings), TLS guidance, footer, and the
 * notes section whose content belongs to people. Bodies of earlier versions (coverage gaps in a
 * "Not scanned" section near the end, commands inline) carry the same markers and parse alike. Every line a
 * run needs to read back carries a hidden marker (issue-body-markers.ts); every AWS-supplied
 * string is escaped, so none of them can add a line, a marker, a box or a mention.
 */










/** GitHub refuses bodies over 65,536 characters; the default leaves a margin for edits. */
const DEFAULT_MAX_BODY_LENGTH = 60000;
function renderIssueBody(report, options) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_BODY_LENGTH;
    const items = prioritise(report.findings, options.acknowledged, options.unverified ?? []);
    const ackCount = items.filter((item) => item.acknowledgedAt !== undefined).length;
    const render = (layout) => renderWithLayout(report, options, items, layout);
    const fits = (layout) => render(layout).length <= maxLength;
    const full = {
        visible: items.length,
        hiddenAcks: ackCount,
        coverage: true,
        guidance: true
    };
    if (fits(full))
        return render(full);
    // Cut least urgent items first; acknowledged ones cut from view stay as hidden markers.
    const visible = largestFitting(items.length - 1, (k) => fits({ ...full, visible: k }));
    if (visible !== null)
        return render({ ...full, visible });
    const hiddenAcks = largestFitting(ackCount, (m) => fits({ ...full, visible: 0, hiddenAcks: m }));
    if (hiddenAcks !== null)
        return render({ ...full, visible: 0, hiddenAcks });
    // Only the people's notes are left to blame; they are never cut, so this is the floor.
    return render({ visible: 0, hiddenAcks: 0, coverage: false, guidance: false });
}
/** The largest n in [0, max] with fits(n), assuming fits is monotonic; null when even 0 fails. */
function largestFitting(max, fits) {
    if (max < 0 || !fits(0))
        return null;
    let low = 0;
    let high = max;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/** Unacknowledged findings by urgency, then acknowledged ones, then those not re-checked. */
function prioritise(findings, acknowledged, unverified) {
    const sorted = [...findings].sort(evaluate/* compareFindings */.E);
    const item = (finding) => ({
        id: finding.id,
        severity: finding.severity,
        acknowledgedAt: acknowledged.get(finding.id),
        finding
    });
    return [
        ...sorted.filter((finding) => !acknowledged.has(finding.id)).map(item),
        ...sorted.filter((finding) => acknowledged.has(finding.id)).map(item),
        ...[...unverified]
            .sort((a, b) => (0,model_severity/* severityRank */.qs)(a.severity) - (0,model_severity/* severityRank */.qs)(b.severity) || compareIds(a.id, b.id))
            .map((carried) => ({
            id: carried.id,
            severity: carried.severity,
            acknowledgedAt: acknowledged.get(carried.id),
            unverified: carried.detail
        }))
    ];
}
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function renderWithLayout(report, options, items, layout) {
    const shown = items.slice(0, layout.visible);
    const cut = items.slice(layout.visible);
    const cutAcks = cut.filter((item) => item.acknowledgedAt !== undefined);
    const hidden = cutAcks.slice(0, layout.hiddenAcks);
    const hiddenIds = new Set(hidden.map((item) => item.id));
    const omitted = cut.filter((item) => !hiddenIds.has(item.id));
    const reported = shown.filter((item) => item.finding !== undefined);
    const now = new Date(report.generatedAt);
    const render = (item) => renderItem(item, now, options.services ?? src_services/* SERVICES */.B);
    const sections = [
        scopeMarker(options.scopeKey),
        // The base marker shares the header's last block, so that the stable form (which drops
        // it) is the same with and without one.
        renderHeader(report, options) +
            (options.baseHash === undefined ? '' : `\n${baseMarker(options.baseHash)}`),
        layout.coverage ? renderCoverageGaps(report.coverage, report.scope.missingShards) : '',
        ...model_severity/* SEVERITIES */.oC.map((severity) => renderSeveritySection(report, severity, render, reported.filter((item) => item.acknowledgedAt === undefined && item.severity === severity))),
        renderUnverified(shown.filter((item) => item.unverified !== undefined), render),
        renderOmitted(omitted, options.runUrl),
        renderAcknowledged(reported.filter((item) => item.acknowledgedAt !== undefined), render),
        hidden
            .map((item) => hiddenAckMarker(item.id, item.severity, item.acknowledgedAt ?? item.severity))
            .join('\n'),
        layout.guidance ? pluginSections(report.findings, options.services ?? src_services/* SERVICES */.B) : '',
        `${renderFooter()}\n${endMarker(options.scopeKey)}`,
        renderNotes(options.notes)
    ];
    return sections.filter((section) => section !== '').join('\n\n');
}
function renderHeader(report, options) {
    const { runUrl } = options;
    const counts = model_severity/* SEVERITIES */.oC.map((severity) => {
        const count = report.findings.filter((finding) => finding.severity === severity).length;
        return `${count} ${severity}`;
    }).join(' · ');
    const { accounts, regions, services } = report.scope;
    const scope = `${(0,finding_text/* plural */.LS)(accounts.length, 'account')} · ${(0,finding_text/* plural */.LS)(regions.length, 'region')} · ` +
        `services: ${services.map(report_escape/* escapeMarkdown */.FV).join(', ') || 'none'} · ` +
        `${(0,report_escape/* escapeMarkdown */.FV)(scannedByService({ resourcesScanned: report.totals.resourcesScanned, scanned: report.scope.services }, options.services))} resources scanned`;
    const status = report.findings.length === 0
        ? '**No certificate needs action.**'
        : `**${(0,finding_text/* plural */.LS)(report.findings.length, 'resource')} need action:** ${counts}`;
    const run = runUrl ? ` · <a href="${(0,report_escape/* escapeHtml */.ZD)(runUrl)}">workflow run</a>` : '';
    // In a paragraph, so that what follows (the coverage callout) keeps its distance.
    const scanLine = `${RUN_LINE_MARKER}<p><sub>Last change from the scan of ${formatTime(report.generatedAt)}${run}</sub></p>`;
    return `${status}\n\n${scope}\n\n${scanLine}`;
}
const SEVERITY_HEADINGS = {
    expired: () => 'Expired or retired: already broken, or breaks at the next restart',
    critical: (report) => `Critical: breaks within ${report.thresholds.criticalDays} days, or a renewal failed`,
    warning: (report) => `Warning: breaks within ${report.thresholds.warningDays} days, or will not renew by itself`,
    notice: () => 'Notice: worth knowing, nothing due yet'
};
function renderSeveritySection(report, severity, render, items) {
    if (items.length === 0)
        return '';
    const heading = `### ${SEVERITY_HEADINGS[severity](report)} (${items.length})`;
    return `${heading}\n\n${items.map(render).join('\n')}`;
}
/**
 * What the size budget left out: a hidden marker that the next run reads, and a visible note
 * pointing to the run's summary. The note links this run, so it sits on a run line.
 */
function renderOmitted(omitted, runUrl) {
    const urgent = (0,model_severity/* mostUrgent */.tH)(...omitted.map((item) => item.severity));
    if (urgent === null)
        return '';
    const summary = runUrl
        ? `the <a href="${(0,report_escape/* escapeHtml */.ZD)(runUrl)}">job summary of the last run</a>`
        : 'the job summary of the last run';
    return (`${omittedMarker(omitted.length, urgent)}\n` +
        `${RUN_LINE_MARKER}<p><b>${(0,finding_text/* plural */.LS)(omitted.length, 'less urgent finding')} did not fit</b> ` +
        `in this issue (GitHub keeps at most 65,536 characters): ${summary} and its JSON report ` +
        'list every finding.</p>');
}
function renderUnverified(items, render) {
    if (items.length === 0)
        return '';
    return (`### Not re-checked: their scan failed this run (${items.length})\n\n` +
        '_As the last successful scan saw them; they stay listed until a scan of their account, ' +
        'region and service succeeds (see "Not scanned" above)._\n\n' +
        items.map(render).join('\n'));
}
function renderAcknowledged(items, render) {
    if (items.length === 0)
        return '';
    return (`### Acknowledged (${items.length})\n\n` +
        '_Ticked findings stay here until they are fixed; one that becomes more urgent goes back ' +
        'to its section, unticked._\n\n' +
        items.map(render).join('\n'));
}
/**
 * One line naming the resource, where it is and when it is due (the date and days of what
 * drives its severity); Markdown, escaped.
 */
function describeFinding(finding, now, services = src_services/* SERVICES */.B) {
    return (`**${(0,report_escape/* escapeMarkdown */.FV)(finding.resourceName ?? finding.resourceId)}** ` +
        `(${(0,report_escape/* escapeMarkdown */.FV)(resourceTypeLabel(finding.service, finding.resourceType, services))}) · ` +
        `${(0,report_escape/* escapeMarkdown */.FV)(finding.account)} / ${(0,report_escape/* escapeMarkdown */.FV)(finding.region)}` +
        renderDue(finding, now));
}
/** Consumers an item names; the JSON report has them all. */
const CONSUMERS_IN_ITEM = 10;
/**
 * A checklist item: its line, the reasons under it, then each fix as a paragraph of the item
 * with its command in a fenced block (a copy button, no wrapping mid-flag). The block sits at
 * the item's own indentation, not in a nested list, so that an ARN fits the column's width;
 * indented, none of its lines can be read as a marker.
 */
function renderItem(item, now, services) {
    const { finding, acknowledgedAt } = item;
    if (finding === undefined)
        return renderUnverifiedItem(item);
    const head = `${itemMarker(finding.id, finding.severity, acknowledgedAt)} ${describeFinding(finding, now, services)}`;
    const reasons = finding.reasons.map((reason) => `  - ${(0,report_escape/* escapeMarkdown */.FV)(reason.message)}`);
    const usedBy = usedBySentence(finding, CONSUMERS_IN_ITEM, services);
    if (usedBy !== '')
        reasons.push(`  - ${(0,report_escape/* escapeMarkdown */.FV)(usedBy)}`);
    const fixes = finding.remediation.map((step) => {
        const summary = `  **Fix:** ${(0,report_escape/* escapeMarkdown */.FV)(step.summary)}`;
        if (step.command === '')
            return summary;
        if ((0,finding_text/* isSql */.VT)(step.command))
            return `${summary} (query under "Which clients use TLS?" below)`;
        return `${summary}\n\n${(0,command_block/* commandBlock */.L)(step.command).replace(/^/gm, '  ')}`;
    });
    return [[head, ...reasons].join('\n'), ...fixes].join('\n\n');
}
/** A carried-over finding: all that is known of it is its id (`service:account:region:resource`). */
function renderUnverifiedItem(item) {
    const [, account = '', region = '', ...resource] = item.id.split(':');
    return (`${itemMarker(item.id, item.severity, item.acknowledgedAt)} ` +
        `**${(0,report_escape/* escapeMarkdown */.FV)(resource.join(':'))}** · ${(0,report_escape/* escapeMarkdown */.FV)(account)} / ` +
        `${(0,report_escape/* escapeMarkdown */.FV)(region)} · last seen as ${item.severity}; not re-checked: ` +
        (0,report_escape/* escapeMarkdown */.FV)(item.unverified ?? ''));
}
function renderDue(finding, now) {
    const due = (0,finding_text/* dueOf */.IH)(finding, now);
    if (due.at === null)
        return '';
    return ` · ${(0,report_escape/* escapeMarkdown */.FV)((0,finding_text/* daysLeftText */.oZ)(finding, now))} (${(0,dates/* formatDay */.im)(due.at)})`;
}
/** Under the header, what this run could not scan, as a callout: its findings may be missing. */
function renderCoverageGaps(coverage, missingShards) {
    const gaps = coverage.filter((row) => row.status !== 'ok');
    const shards = (0,finding_text/* missingShardsText */.Xf)(missingShards);
    if (gaps.length === 0 && shards === '')
        return '';
    const lines = [
        ...(shards === '' ? [] : [`- ${(0,report_escape/* escapeMarkdown */.FV)(shards)}`]),
        ...gaps.map((row) => `- ${(0,report_escape/* escapeMarkdown */.FV)(row.account)} / ${(0,report_escape/* escapeMarkdown */.FV)(row.region)} / ` +
            `${(0,report_escape/* escapeMarkdown */.FV)(row.service)}: **${row.status}** ${(0,report_escape/* escapeMarkdown */.FV)(row.detail)}`)
    ];
    return [
        '> [!WARNING]',
        `> **Not scanned (${lines.length}):** findings may be missing for these; fix access and the next run fills them in.`,
        '>',
        ...lines.map((line) => `> ${line}`)
    ].join('\n');
}
/** Each plug-in's own section (its findings only), in registry order. */
function pluginSections(findings, services) {
    return services
        .map((service) => service.issueSection?.(findings.filter((finding) => finding.service === service.name)) ?? '')
        .filter((section) => section !== '')
        .join('\n\n');
}
const FOOTER = '<sub>Kept current by aws-cert-watch: every run rewrites everything above the notes. ' +
    'Tick a box to acknowledge a finding.</sub>';
function renderFooter() {
    return FOOTER;
}
const NOTES_HEADING = '### Notes';
const NOTES_HINT = '_Anything written below this line is kept as is by every run._';
function renderNotes(notes) {
    return `${NOTES_HEADING}\n\n${NOTES_HINT}\n${NOTES_MARKER}\n${notes}`;
}
/** `2026-05-01 06:00 UTC` for an ISO time; anything else is shown escaped. */
function formatTime(iso) {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
    return match ? `${match[1]} ${match[2]} UTC` : (0,report_escape/* escapeMarkdown */.FV)(iso);
}
function* lines(body) {
    let start = 0;
    for (;;) {
        const end = body.indexOf('\n', start);
        const raw = end === -1 ? body.slice(start) : body.slice(start, end);
        yield {
            text: raw.endsWith('\r') ? raw.slice(0, -1) : raw,
            start,
            next: end === -1 ? null : end + 1
        };
        if (end === -1)
            return;
        start = end + 1;
    }
}
/**
 * Reads back what a previous run rendered, as GitHub returns it after people edited it (ticked
 * boxes, CRLF line breaks, markers retyped or moved, sections pasted elsewhere).
 *
 * The body is two kinds of text: what runs write, from the scope marker to the end marker (or,
 * in a body that lost them, from the top to the footer or the notes), and what people write:
 * everything else. Markers are read only in the first (outside its closed code blocks); all of
 * the second is kept as notes, so that no edit anywhere in the body (notes moved to the top, a
 * note typed above the first line, a notes marker retyped out of shape, an unclosed code fence)
 * can make a run drop it. The region's bounds and the notes marker are found regardless of code
 * fences: a fence never swallows them.
 */
function parseIssueBody(body) {
    const all = [...lines(body)];
    const firstIndex = (pattern) => {
        for (let index = 0; index < all.length; index += 1) {
            if (pattern.test(all[index]?.text ?? ''))
                return index;
        }
        return -1;
    };
    const scopeAt = firstIndex(SCOPE_MARKER_PATTERN);
    const notesAt = firstIndex(NOTES_MARKER_PATTERN);
    const regionStart = Math.max(0, scopeAt);
    const regionEnd = generatedEnd(all, regionStart, notesAt);
    const parsed = {
        scopeKey: null,
        scopeKeys: [],
        ticked: new Map(),
        knownSeverities: new Map(),
        notes: '',
        omitted: null,
        base: null
    };
    for (let index = regionStart; index <= regionEnd; index += 1) {
        const text = all[index]?.text ?? '';
        // A code block shows its lines literally: a marker there is text, not a marker. Only a
        // block closed within the region counts, so that a fence someone left open cannot hide
        // the ticks below it.
        const fence = fenceOf(text);
        const closer = fence === null ? -1 : closingLine(all, index + 1, regionEnd, fence);
        if (closer >= 0) {
            index = closer;
            continue;
        }
        readMarkerLine(text, parsed);
    }
    parsed.scopeKey = parsed.scopeKeys[0] ?? null;
    parsed.notes = peoplesText(body, all, { regionStart, regionEnd, notesAt });
    return parsed;
}
/** The line in [from, to] that closes `fence`, or -1. */
function closingLine(all, from, to, fence) {
    for (let index = from; index <= to; index += 1) {
        if (closesFence(all[index]?.text ?? '', fence))
            return index;
    }
    return -1;
}
/**
 * The last line runs wrote: the end marker; or the line above the notes marker when that comes
 * first (a body written before the end marker existed, or notes moved up into the region);
 * else the footer (a body that lost both); else the last line.
 */
function generatedEnd(all, regionStart, notesAt) {
    let footer = -1;
    for (let index = regionStart; index < all.length; index += 1) {
        const text = all[index]?.text ?? '';
        if (END_MARKER_PATTERN.test(text))
            return index;
        if (index === notesAt && index > regionStart)
            return index - 1;
        if (text.trim() === FOOTER)
            footer = index;
    }
    return footer >= 0 ? footer : all.length - 1;
}
/**
 * Everything outside what runs wrote. The text below the notes marker (up to what runs wrote,
 * if the notes were moved above it) comes back byte for byte when it is all there is; text
 * people left elsewhere is added around it in body order, without our own headings.
 */
function peoplesText(body, all, at) {
    const { regionStart, regionEnd, notesAt } = at;
    const inRegion = (index) => index >= regionStart && index <= regionEnd;
    // Lines of ours that may sit outside the region once it has been edited around.
    const ours = (text) => text.trim() === NOTES_HEADING ||
        text.trim() === NOTES_HINT ||
        text.trim() === FOOTER ||
        END_MARKER_PATTERN.test(text);
    // Below the marker everything is people's, to the end of the body, whatever it looks like
    // (a pasted old body included); only notes moved above what runs write end where that starts.
    const notesEnd = notesAt >= 0 && notesAt < regionStart ? regionStart : all.length;
    const segments = [];
    let loose = [];
    const flush = () => {
        const text = loose.join('\n').trim();
        if (text !== '')
            segments.push(text);
        loose = [];
    };
    let notesBlock = null;
    for (let index = 0; index < all.length; index += 1) {
        const line = all[index];
        if (index === notesAt) {
            flush();
            const from = line.next ?? body.length;
            const to = notesEnd < all.length ? all[notesEnd].start : body.length;
            notesBlock = body.slice(from, to);
            if (notesEnd < all.length)
                notesBlock = notesBlock.replace(/\r?\n$/, '');
            segments.push(notesBlock);
            index = notesEnd - 1;
            continue;
        }
        if (inRegion(index) || ours(line.text)) {
            flush();
            continue;
        }
        loose.push(line.text);
    }
    flush();
    if (segments.length === 1 && notesBlock !== null)
        return notesBlock;
    return segments.filter((segment) => segment.trim() !== '').join('\n\n');
}
function readMarkerLine(text, parsed) {
    const scope = SCOPE_MARKER_PATTERN.exec(text) ?? END_MARKER_PATTERN.exec(text);
    if (scope) {
        const key = scope[1] === undefined ? null : decodeMarkerValue(scope[1]);
        if (key !== null && !parsed.scopeKeys.includes(key))
            parsed.scopeKeys.push(key);
        return;
    }
    const item = ITEM_MARKER_PATTERN.exec(text);
    if (item) {
        const shown = item[3];
        const ticked = item[1] !== ' ';
        remember(parsed, item[2], shown, ticked ? (item[4] ?? shown) : null);
        return;
    }
    const ack = HIDDEN_ACK_PATTERN.exec(text);
    if (ack) {
        const shown = ack[2];
        remember(parsed, ack[1], shown, ack[3] ?? shown);
        return;
    }
    const omitted = OMITTED_PATTERN.exec(text);
    if (omitted) {
        parsed.omitted = { count: Number(omitted[1]), mostUrgent: omitted[2] };
        return;
    }
    const base = BASE_MARKER_PATTERN.exec(text);
    if (base && parsed.base === null)
        parsed.base = (base[1] ?? '').toLowerCase();
}
function remember(parsed, encodedId, severity, acknowledgedAt) {
    const id = decodeMarkerValue(encodedId ?? '');
    if (id === null)
        return;
    parsed.knownSeverities.set(id, severity);
    if (acknowledgedAt !== null)
        parsed.ticked.set(id, acknowledgedAt);
}
/**
 * The body without the lines that change with every write even when the findings do not
 * (scan time, run links, the base hash) and with LF line breaks: two bodies with the same
 * stable form show the same findings, so the second needs no write. Days left are part of the
 * stable form: they are what the issue shows.
 */
function stableIssueBody(body) {
    const kept = [];
    for (const line of lines(body)) {
        if (!line.text.startsWith(RUN_LINE_MARKER) && !BASE_MARKER_PATTERN.test(line.text)) {
            kept.push(line.text);
        }
    }
    return kept.join('\n');
}
/**
 * A short hash of a body as people see it (line breaks normalised): written into the next body
 * as its base, and compared with the revisions of the edit history.
 */
function bodyHash(body) {
    return (0,external_node_crypto_.createHash)('sha256').update(body.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/report/issue/comments.ts



/** More than this many findings in one comment are summarised as a count. */
const MAX_LISTED = 50;
const SEVERITY_NAMES = {
    expired: 'Expired',
    critical: 'Critical',
    warning: 'Warning',
    notice: 'Notice'
};
/** Announces findings that are new or more urgent than the issue last showed. */
function renderEscalationComment(findings, now, runUrl) {
    const listed = findings.slice(0, MAX_LISTED).map((finding) => {
        const reasons = finding.reasons.map((reason) => (0,report_escape/* escapeMarkdown */.FV)(reason.message)).join('; ');
        return `- **${SEVERITY_NAMES[finding.severity]}** · ${describeFinding(finding, now)}: ${reasons}`;
    });
    const rest = findings.length - listed.length;
    return [
        `**${(0,finding_text/* plural */.LS)(findings.length, 'finding')} new or more urgent** since the last update of ` +
            `this issue${runLink(runUrl)}:`,
        listed.join('\n'),
        rest > 0 ? `…and ${rest} more: the issue body lists them by urgency.` : ''
    ]
        .filter((part) => part !== '')
        .join('\n\n');
}
/** Posted just before the issue is closed because nothing needs action any more. */
function renderAllClearComment(report, runUrl) {
    return (`All clear: no certificate needs action as of the scan of ${formatTime(report.generatedAt)}` +
        `${runLink(runUrl)}. Closing; this issue reopens if a problem comes back.`);
}
/** Posted on a duplicate tracking issue before it is closed in favour of the kept one. */
function renderDuplicateComment(keptNumber, scopeKey) {
    const scope = scopeKey === '' ? 'the default scope' : `the scope ${(0,report_escape/* codeSpan */.SS)(scopeKey)}`;
    return (`Closing as a duplicate of #${keptNumber}, which tracks ${scope}: ` + 'updates continue there.');
}
function runLink(runUrl) {
    return runUrl ? ` (<a href="${(0,report_escape/* escapeHtml */.ZD)(runUrl)}">workflow run</a>)` : '';
}

;// CONCATENATED MODULE: ./src/publish/tracking-issue-error.ts
/**
 * Why the tracking issue could not be kept, as one true sentence the caller can print while
 * keeping the scan's own results (report, summary, outputs). Each cause has its own sentence;
 * nothing GitHub (or whatever answered in its place) sent is shown except GitHub's own short
 * error message from a JSON answer, with anything like a token masked.
 */



class TrackingIssueError extends Error {
    failure;
    status;
    name = 'TrackingIssueError';
    constructor(failure, message, 
    /** HTTP status GitHub answered; null when nothing answered. */
    status, options) {
        super((0,shared_text/* oneLine */.TN)(message), options);
        this.failure = failure;
        this.status = status;
        this.debug = options?.debug ?? '';
    }
    /** For the debug log only: the start of an answer that was not GitHub's, masked. */
    debug;
}
function isRequestError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
const UNAFFECTED = "the scan's results are unaffected";
/**
 * Turns what a tracking-issue request threw into a TrackingIssueError with its sentence;
 * `secrets` (the token) are masked wherever GitHub's words are quoted.
 */
function toTrackingIssueError(error, repository, secrets = []) {
    if (error instanceof TrackingIssueError)
        return error;
    const cause = rootCause(error);
    const where = isRequestError(error) ? requestLine(error) : '';
    const on = where === '' ? '' : ` (${where})`;
    if (cause instanceof shared_budget/* DeadlineExceeded */.m4) {
        return new TrackingIssueError('timeout', `The tracking issue was not updated: GitHub did not finish answering within this run's ${(0,shared_budget/* formatSeconds */.Xo)(cause.ms)} budget${on}; ${UNAFFECTED}, and the next run tries again.`, null, { cause: error });
    }
    if (cause instanceof GitHubRequestTimeout) {
        return new TrackingIssueError('timeout', `GitHub did not answer within ${(0,shared_budget/* formatSeconds */.Xo)(cause.ms)}${on}; ${UNAFFECTED}, and the next run tries again.`, null, { cause: error });
    }
    if (cause instanceof NotGitHubResponse) {
        return new TrackingIssueError('not-github', `The GitHub API address answered with ${cause.message}${on}: a proxy or an outage in between? ${UNAFFECTED}.`, cause.status, { cause: error, debug: (0,shared_text/* oneLine */.TN)((0,shared_text/* redactSecrets */.fp)(cause.preview, secrets)) });
    }
    if (!isRequestError(error))
        return error;
    if (error.status === 500 && cause !== error && isNetworkError(cause)) {
        return new TrackingIssueError('unreachable', `The GitHub API could not be reached (${[networkCode(cause), where].filter(Boolean).join(' on ')}); ${UNAFFECTED}.`, null, { cause: error });
    }
    const said = githubMessage(error, secrets);
    const answer = `GitHub answered ${error.status}${said === '' ? '' : ` "${said}"`}${on}`;
    const make = (failure, sentence) => new TrackingIssueError(failure, sentence, error.status, { cause: error });
    const headers = error.response?.headers ?? {};
    if ((error.status === 403 || error.status === 429) && headers['x-ratelimit-remaining'] === '0') {
        return make('rate-limited', `The token's GitHub API rate limit is used up until ${resetTime(headers['x-ratelimit-reset'])} (${answer}); the tracking issue is updated by the first run after that; ${UNAFFECTED}.`);
    }
    if ((error.status === 403 || error.status === 429) && /rate limit/i.test(said)) {
        return make('rate-limited', `GitHub's secondary rate limit stopped the tracking issue update (${answer}); the next run tries again; ${UNAFFECTED}.`);
    }
    if (error.status === 403 && /\blocked\b/i.test(said)) {
        return make('locked', `Tracking issue ${issueRef(error)}is locked, and GitHub does not let this token comment on or edit a locked issue (${answer}): unlock it to have it kept current; ${UNAFFECTED}.`);
    }
    if (error.status === 403) {
        return make('permission', `The tracking issue needs 'permissions: issues: write' in the workflow (${answer}); ${UNAFFECTED}.`);
    }
    if (error.status === 410 && /deleted/i.test(said)) {
        return make('deleted', `Tracking issue ${issueRef(error)}was deleted while this run was updating it (${answer}); the next run opens a new one; ${UNAFFECTED}.`);
    }
    if (error.status === 410) {
        return make('issues-disabled', `Issues are disabled in ${repository} (${answer}): enable them or set 'issue: false'; ${UNAFFECTED}.`);
    }
    if (error.status === 401) {
        return make('bad-credentials', `GitHub rejected the 'github-token' input (${answer}); ${UNAFFECTED}.`);
    }
    if (error.status === 404) {
        return make('not-found', `GitHub does not know ${repository}, or this token cannot see it (${answer}); ${UNAFFECTED}.`);
    }
    return make('api', `The tracking issue could not be updated (${answer}); ${UNAFFECTED}.`);
}
/** `PATCH /repos/acme/infra/issues/3`: the request, without host or query. */
function requestLine(error) {
    const method = error.request?.method ?? '';
    const url = error.request?.url ?? '';
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // A relative or templated URL is shown as it is.
    }
    return `${method} ${(0,shared_text/* oneLine */.TN)(path)}`.trim();
}
/** `#3 ` when the request was about one issue, else ''. */
function issueRef(error) {
    const number = /\/issues\/(\d+)/.exec(error.request?.url ?? '')?.[1];
    return number === undefined ? '' : `#${number} `;
}
/**
 * GitHub's own error message, only from a JSON answer (Octokit puts a non-JSON body's whole
 * text in the message), cut short and masked.
 */
function githubMessage(error, secrets) {
    const data = error.response?.data;
    if (typeof data !== 'object' || data === null)
        return '';
    const message = data.message;
    if (typeof message !== 'string')
        return '';
    const text = (0,shared_text/* oneLine */.TN)((0,shared_text/* redactSecrets */.fp)(message, secrets));
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
function resetTime(reset) {
    const seconds = Number(reset);
    if (!Number.isFinite(seconds) || seconds <= 0)
        return 'its reset';
    return `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function rootCause(error) {
    let current = error;
    for (let depth = 0; depth < 5; depth += 1) {
        const next = current?.cause;
        if (next === undefined || next === null)
            return current;
        current = next;
    }
    return current;
}
function isNetworkError(error) {
    return networkCode(error) !== '';
}
/** `ECONNREFUSED`, `ENOTFOUND`, ... from a fetch failure; '' when it is not one. */
function networkCode(error) {
    const code = error?.code;
    return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : '';
}

;// CONCATENATED MODULE: ./src/report/issue/history.ts
/**
 * A person's edit that a run overwrote, found again in the issue's edit history (pure).
 *
 * A run reads the body, computes the next one and writes it; an edit that lands between the
 * read and the write (a tick, a note) is overwritten, and GitHub offers no conditional write to
 * prevent that. But every body a run writes names the body it was computed from (its base
 * marker), and GitHub keeps every revision: when the revision just before a run's write is a
 * person's and is not that base, the person's changes since the base were lost, and the next
 * run puts them back.
 */

function findLostEdit(revisions) {
    const writeAt = revisions.findIndex((revision) => revision.ours);
    const write = revisions[writeAt];
    if (write === undefined)
        return null;
    const written = parseIssueBody(write.body);
    if (written.base === null)
        return null;
    // The people's revisions between the body the write started from and the write itself.
    const lost = [];
    let base;
    for (const revision of revisions.slice(writeAt + 1)) {
        if (revision.ours || bodyHash(revision.body) === written.base) {
            base = revision;
            break;
        }
        lost.push(revision);
    }
    const newest = lost[0];
    // Without the base in view there is nothing to compare the lost edit with: better to leave
    // it than to undo the run's own changes.
    if (newest === undefined || base === undefined)
        return null;
    const before = parseIssueBody(base.body);
    const after = parseIssueBody(newest.body);
    const ticked = new Map();
    const unticked = new Set();
    for (const [id, at] of after.ticked)
        if (!before.ticked.has(id))
            ticked.set(id, at);
    for (const id of before.ticked.keys())
        if (!after.ticked.has(id))
            unticked.add(id);
    const notes = after.notes === before.notes ? null : after.notes;
    if (ticked.size === 0 && unticked.size === 0 && notes === null)
        return null;
    return { editor: newest.editor, ticked, unticked, notes, writtenNotes: written.notes };
}
/**
 * The current body's ticks and notes with a lost edit put back. A tick or untick the person
 * made again since is already there; notes changed since the overwrite keep both texts.
 */
function restoreLostEdit(current, lost) {
    const ticked = new Map(current.ticked);
    for (const id of lost.unticked)
        ticked.delete(id);
    for (const [id, at] of lost.ticked)
        if (!ticked.has(id))
            ticked.set(id, at);
    let notes = current.notes;
    if (lost.notes !== null && !current.notes.includes(lost.notes.trim())) {
        notes =
            current.notes === lost.writtenNotes
                ? lost.notes
                : `${current.notes.replace(/\s+$/, '')}\n\n${lost.notes}`;
    }
    return { ...current, ticked, notes };
}

// EXTERNAL MODULE: ./src/shared/shard.ts
var shared_shard = __webpack_require__(6481);
;// CONCATENATED MODULE: ./src/report/issue/plan.ts
/**
 * What a run changes in the tracking issue, decided from the report and the body as it stands
 * (pure). Ticks are people's acknowledgements: a tick remembers the severity it was given at and
 * holds while the finding is no more urgent than that, however its severity moved in between;
 * it is dropped, so that the finding is seen again, only when the finding gets more urgent than
 * when it was acknowledged. A finding is announced (comment) when it is new or more urgent than
 * the body showed, unless someone has already acknowledged it at that severity or above.
 */


function planIssueUpdate(report, current) {
    const acknowledged = new Map();
    const escalated = [];
    const unverified = carriedOver(report, current);
    for (const carried of unverified) {
        const at = current.ticked.get(carried.id);
        if (at !== undefined)
            acknowledged.set(carried.id, at);
    }
    for (const finding of report.findings) {
        const rank = (0,model_severity/* severityRank */.qs)(finding.severity);
        const ackAt = current.ticked.get(finding.id);
        const stillAcknowledged = ackAt !== undefined && rank >= (0,model_severity/* severityRank */.qs)(ackAt);
        if (stillAcknowledged)
            acknowledged.set(finding.id, ackAt);
        const known = current.knownSeverities.get(finding.id);
        const news = known === undefined ? !mayHaveBeenOmitted(rank, current) : rank < (0,model_severity/* severityRank */.qs)(known);
        if (news && !stillAcknowledged)
            escalated.push(finding);
    }
    return { acknowledged, escalated, unverified };
}
/**
 * Listed findings this run did not report, whose account x region x service scan failed
 * (entirely, or partly: then the checks that could have found them may not have run), or whose
 * account belongs to a merged run's missing shard. One whose scan succeeded is fixed; one whose
 * region left the scan's scope is no longer tracked.
 */
function carriedOver(report, current) {
    const reported = new Set(report.findings.map((finding) => finding.id));
    const failed = new Map(report.coverage
        .filter((row) => row.status === 'failed')
        .map((row) => [`${row.service}:${row.account}:${row.region}`, row.detail]));
    const missing = new Set(report.scope.missingShards ?? []);
    const count = Number(report.scope.missingShards?.[0]?.split('/')[1]);
    const carried = [];
    for (const [id, severity] of current.knownSeverities) {
        if (reported.has(id))
            continue;
        // Finding ids are `service:account:region:resource` (src/model/finding.ts).
        const [service, account = '', region] = id.split(':');
        const shard = missing.size > 0 ? `${(0,shared_shard/* shardOf */.IS)(account, count)}/${count}` : '';
        const detail = missing.has(shard)
            ? `shard ${shard} missing: its report was not merged`
            : failed.get(`${service}:${account}:${region}`);
        if (detail !== undefined)
            carried.push({ id, severity, detail });
    }
    return carried;
}
/**
 * When the size budget left findings out of the body, any unlisted finding no more urgent than
 * the most urgent one left out may simply have been there unseen: it is not announced as new.
 */
function mayHaveBeenOmitted(rank, current) {
    return current.omitted !== null && rank >= (0,model_severity/* severityRank */.qs)(current.omitted.mostUrgent);
}

;// CONCATENATED MODULE: ./src/publish/tracking-issue.ts
/**
 * Keeps one GitHub issue per scope (`issue-key`) current with the report, like Renovate's
 * Dependency Dashboard, without ever losing what people wrote in it.
 *
 * Finding the issue: ours are written by the token's own identity (pull requests excluded) and
 * carry our scope marker or, if someone deleted both copies of it, our label and title. They are
 * looked for by label and, when that finds no open one (someone removed the label), among the
 * most recently updated issues: any edit that hides an issue from the label list also puts it
 * at the top of that one. What is missing (label, marker) is put back.
 *
 * Each run, on the issue kept (the oldest open one): put back a person's edit that the previous
 * run overwrote (edit history), take over the ticks and notes of duplicates (two runs that
 * overlapped) before closing them, re-read the body immediately before writing, write only
 * when the body's stable form changed, comment only for findings that are new or more urgent,
 * and close with a final comment when everything is fixed. An issue a person closed stays
 * closed (its body still kept current) until a finding is new or more urgent.
 *
 * "Nothing changed" ignores the scan line (scan time and run link): two identical scans at
 * different times write nothing, and the issue shows when its content last changed. Days left
 * are content, so a finding with a due date changes the body once a day.
 */






const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Certificates that need action (kept current by aws-cert-watch)';
/** Pages of recently updated issues searched when the label finds no open tracking issue. */
const RECENT_PAGES = 3;
/**
 * Throws TrackingIssueError (one-line message) when GitHub refuses: missing `issues: write`
 * (403), issues disabled (410), bad token (401), anything else. Secondary rate limits and
 * server errors are retried by the client first.
 */
async function syncTrackingIssue(octokit, params) {
    try {
        return await sync(octokit, params);
    }
    catch (error) {
        throw toTrackingIssueError(error, `${params.owner}/${params.repo}`, params.secrets ?? []);
    }
}
async function sync(octokit, params) {
    const who = await identify(octokit, params.log);
    const found = await findTrackingIssues(octokit, params, who);
    const open = found.filter((issue) => issue.state === 'open');
    const [kept, ...duplicates] = open;
    if (kept !== undefined)
        return updateIssue(octokit, params, who, kept, duplicates);
    const closed = await lastClosed(octokit, params, who, found);
    if (closed !== null)
        return updateClosed(octokit, params, who, closed);
    if (params.report.findings.length === 0) {
        params.log.info('Tracking issue: nothing needs action and no open issue; nothing to do.');
        return { action: 'none', commented: false };
    }
    return createIssue(octokit, params, who);
}
/**
 * Which authors' issues are ours. A user token knows its login. An installation token (the
 * workflow's GITHUB_TOKEN, or any GitHub App's) may not call GET /user and writes as
 * `<app>[bot]`, whose name it cannot learn: then our issues are the bot-written ones carrying
 * our scope marker and label, which no person can author. (GraphQL spells a bot's login without
 * the `[bot]` suffix, so editors are matched by type.)
 */
async function identify(octokit, log) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return {
            isOurs: (user) => user?.login === data.login,
            isOurEditor: (editor) => editor?.login === data.login
        };
    }
    catch (error) {
        if (error.status !== 403)
            throw error;
        log.debug('GET /user is not available to this installation token: matching bot-authored issues.');
        return {
            isOurs: (user) => user?.type === 'Bot',
            isOurEditor: (editor) => editor?.__typename === 'Bot'
        };
    }
}
/**
 * Our issues for this scope, oldest first. The author is matched here rather than with the
 * `creator` filter, whose handling of `[bot]` logins differs between GitHub versions.
 */
async function findTrackingIssues(octokit, params, who) {
    const label = params.labels[0];
    const byNumber = new Map();
    const consider = (issue, labelled) => {
        if (issue.pull_request !== undefined || !who.isOurs(issue.user))
            return;
        const summary = summarise(issue);
        const { scopeKeys } = parseIssueBody(summary.body);
        const inScope = scopeKeys.includes(params.issueKey) ||
            // Both scope markers deleted: our label and title still say whose it is.
            (labelled && scopeKeys.length === 0 && issue.title === params.title);
        if (inScope)
            byNumber.set(summary.number, summary);
    };
    const labelled = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner: params.owner,
        repo: params.repo,
        state: 'all',
        ...(label === undefined ? {} : { labels: label }),
        sort: 'created',
        direction: 'asc',
        per_page: 100
    });
    for (const issue of labelled)
        consider(issue, true);
    if (![...byNumber.values()].some((issue) => issue.state === 'open')) {
        const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
            owner: params.owner,
            repo: params.repo,
            state: 'all',
            sort: 'updated',
            direction: 'desc',
            per_page: 100
        });
        let page = 0;
        for await (const { data } of pages) {
            for (const issue of data)
                consider(issue, label !== undefined && labelsOf(issue).includes(label));
            page += 1;
            if (page >= RECENT_PAGES)
                break;
        }
    }
    return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
function labelsOf(issue) {
    return (issue.labels ?? [])
        .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
        .filter((name) => name !== '');
}
function summarise(issue) {
    return {
        number: issue.number,
        state: issue.state,
        body: issue.body ?? '',
        html_url: issue.html_url,
        labels: labelsOf(issue),
        locked: issue.locked === true
    };
}
async function readIssue(octokit, params, number) {
    const { data } = await octokit.rest.issues.get({
        owner: params.owner,
        repo: params.repo,
        issue_number: number
    });
    return {
        number,
        state: data.state,
        body: data.body ?? '',
        html_url: data.html_url,
        labels: labelsOf(data),
        locked: data.locked === true,
        state_reason: data.state_reason ?? null,
        closed_by: data.closed_by ?? null
    };
}
/**
 * The closed issue that stands for this scope: the newest one that is not a duplicate we closed
 * ourselves in favour of another.
 */
async function lastClosed(octokit, params, who, found) {
    for (const candidate of found.filter((issue) => issue.state === 'closed').reverse()) {
        const issue = await readIssue(octokit, params, candidate.number);
        if (!(who.isOurs(issue.closed_by) && issue.state_reason === 'not_planned'))
            return issue;
    }
    return null;
}
// ---------------------------------------------------------------------------------------------
// writes
// ---------------------------------------------------------------------------------------------
async function createIssue(octokit, params, who) {
    await ensureLabels(octokit, params);
    const body = renderIssueBody(params.report, {
        scopeKey: params.issueKey,
        ...(params.runUrl === undefined ? {} : { runUrl: params.runUrl }),
        acknowledged: new Map(),
        notes: ''
    });
    const { data } = await octokit.rest.issues.create({
        owner: params.owner,
        repo: params.repo,
        title: params.title,
        body,
        labels: params.labels
    });
    params.log.info(`Tracking issue: created #${data.number} (${data.html_url}).`);
    // A run that overlapped this one may have created its own at the same time: the older one
    // is kept and this one hands over to it at once, so that people only ever see one.
    const open = (await findTrackingIssues(octokit, params, who)).filter((issue) => issue.state === 'open');
    const [oldest] = open;
    if (oldest !== undefined && oldest.number < data.number) {
        const mine = open.filter((issue) => issue.number === data.number);
        return updateIssue(octokit, params, who, oldest, mine);
    }
    // Opening the issue notifies watchers; a comment would say the same thing twice.
    return { action: 'created', number: data.number, url: data.html_url, commented: false };
}
/**
 * The body this run wants, from `currentBody`: its ticks and notes, a lost edit put back, and
 * the ticks and notes of duplicates taken over.
 */
function composer(params, extras) {
    return (currentBody) => {
        let parsed = parseIssueBody(currentBody);
        if (extras.lost !== null)
            parsed = restoreLostEdit(parsed, extras.lost);
        for (const duplicate of extras.duplicates)
            parsed = takeOver(parsed, duplicate);
        const plan = planIssueUpdate(params.report, parsed);
        const body = renderIssueBody(params.report, {
            scopeKey: params.issueKey,
            ...(params.runUrl === undefined ? {} : { runUrl: params.runUrl }),
            acknowledged: plan.acknowledged,
            notes: parsed.notes,
            unverified: plan.unverified,
            baseHash: bodyHash(currentBody)
        });
        // What a maintainer asks for first when ticks or notes went missing.
        params.log.debug(`Tracking issue: read ${currentBody.length} characters (${parsed.knownSeverities.size} findings, ${parsed.ticked.size} ticked, ${parsed.notes.length} characters of notes, base ${parsed.base ?? 'none'}, ${parsed.omitted?.count ?? 0} omitted); writing ${body.length}.`);
        return { body, plan };
    };
}
async function updateIssue(octokit, params, who, kept, duplicates) {
    const { report, log } = params;
    const number = kept.number;
    await repairLabel(octokit, params, kept);
    const compose = composer(params, {
        lost: await lostEdit(octokit, params, who, number),
        duplicates: await readDuplicates(octokit, params, duplicates)
    });
    const current = await readIssue(octokit, params, number);
    const url = current.html_url;
    let next = compose(current.body);
    const allClear = report.findings.length === 0 && next.plan.unverified.length === 0;
    let result;
    if (allClear && params.closeWhenClear) {
        await comment(octokit, params, current, renderAllClearComment(report, params.runUrl));
        await writeBody(octokit, params, current, compose, next, {
            state: 'closed',
            state_reason: 'completed'
        });
        log.info(`Tracking issue: closed #${number} (${url}): nothing needs action.`);
        result = { action: 'closed', number, url, commented: !current.locked };
    }
    else if (stableIssueBody(next.body) === stableIssueBody(current.body)) {
        log.info(`Tracking issue: #${number} is up to date (${url}).`);
        result = { action: 'unchanged', number, url, commented: false };
    }
    else {
        next = await writeBody(octokit, params, current, compose, next);
        const commented = await announce(octokit, params, current, next.plan.escalated);
        log.info(`Tracking issue: updated #${number} (${url}).`);
        result = { action: 'updated', number, url, commented };
    }
    // Only now that the kept issue holds their ticks and notes.
    for (const duplicate of duplicates)
        await closeDuplicate(octokit, params, duplicate, number);
    return result;
}
/**
 * An issue a person closed stays closed until a finding is new or more urgent; its body is
 * still kept current, which notifies nobody. One we closed ourselves (all clear) reopens as
 * soon as there is something to track again.
 */
async function updateClosed(octokit, params, who, closed) {
    const { log } = params;
    const number = closed.number;
    const url = closed.html_url;
    const compose = composer(params, {
        lost: await lostEdit(octokit, params, who, number),
        duplicates: []
    });
    let next = compose(closed.body);
    const hasSomething = params.report.findings.length > 0 || next.plan.unverified.length > 0;
    const byPerson = !who.isOurs(closed.closed_by);
    if (!hasSomething) {
        log.info(`Tracking issue: nothing needs action; #${number} stays closed.`);
        return { action: 'none', commented: false };
    }
    if (byPerson && next.plan.escalated.length === 0) {
        const closer = closed.closed_by?.login ?? 'someone';
        if (stableIssueBody(next.body) === stableIssueBody(closed.body)) {
            log.info(`Tracking issue: #${number} was closed by ${closer} and is up to date; left closed.`);
            return { action: 'unchanged', number, url, commented: false };
        }
        await writeBody(octokit, params, closed, compose, next);
        log.info(`Tracking issue: #${number} was closed by ${closer}; left closed (nothing new or more urgent), body updated.`);
        return { action: 'updated', number, url, commented: false };
    }
    await repairLabel(octokit, params, closed);
    next = await writeBody(octokit, params, closed, compose, next, { state: 'open' });
    const commented = await announce(octokit, params, closed, next.plan.escalated);
    log.info(`Tracking issue: reopened #${number} (${url}): problems are back.`);
    return { action: 'reopened', number, url, commented };
}
/**
 * Writes the next body, re-reading the issue immediately before: a tick or note that arrived
 * since the body was read is taken into the write instead of being overwritten. (What still
 * lands in the last milliseconds is found in the edit history by the next run.)
 */
async function writeBody(octokit, params, current, compose, next, change = {}) {
    const latest = await readIssue(octokit, params, current.number);
    const final = latest.body === current.body ? next : compose(latest.body);
    await octokit.rest.issues.update({
        owner: params.owner,
        repo: params.repo,
        issue_number: current.number,
        body: final.body,
        ...change
    });
    return final;
}
async function announce(octokit, params, issue, escalated) {
    if (escalated.length === 0)
        return false;
    const posted = await comment(octokit, params, issue, renderEscalationComment(escalated, new Date(params.report.generatedAt), params.runUrl));
    if (posted) {
        params.log.info(`Tracking issue: #${issue.number}: ${escalated.length} new or more urgent finding(s).`);
    }
    return posted;
}
/** Comments, unless the issue is locked: GitHub refuses an App token's comments there. */
async function comment(octokit, params, issue, body) {
    if (issue.locked) {
        params.log.info(`Tracking issue: #${issue.number} is locked; no comment posted.`);
        return false;
    }
    await octokit.rest.issues.createComment({
        owner: params.owner,
        repo: params.repo,
        issue_number: issue.number,
        body
    });
    return true;
}
async function readDuplicates(octokit, params, duplicates) {
    const read = [];
    for (const duplicate of duplicates) {
        const current = await readIssue(octokit, params, duplicate.number);
        read.push({ number: duplicate.number, parsed: parseIssueBody(current.body) });
    }
    return read;
}
/** A duplicate's ticks and notes, added to the kept issue's (its own ticks win). */
function takeOver(kept, duplicate) {
    const ticked = new Map(kept.ticked);
    for (const [id, at] of duplicate.parsed.ticked)
        if (!ticked.has(id))
            ticked.set(id, at);
    const knownSeverities = new Map(duplicate.parsed.knownSeverities);
    for (const [id, severity] of kept.knownSeverities)
        knownSeverities.set(id, severity);
    const theirs = duplicate.parsed.notes.trim();
    const notes = theirs === '' || kept.notes.includes(theirs)
        ? kept.notes
        : `${kept.notes.replace(/\s+$/, '')}${kept.notes.trim() === '' ? '' : '\n\n'}` +
            `_From #${duplicate.number}, closed as a duplicate of this issue:_\n\n${theirs}\n`;
    return { ...kept, ticked, knownSeverities, notes };
}
async function closeDuplicate(octokit, params, duplicate, keptNumber) {
    await comment(octokit, params, duplicate, renderDuplicateComment(keptNumber, params.issueKey));
    await octokit.rest.issues.update({
        owner: params.owner,
        repo: params.repo,
        issue_number: duplicate.number,
        state: 'closed',
        state_reason: 'not_planned'
    });
    params.log.info(`Tracking issue: closed duplicate #${duplicate.number} in favour of #${keptNumber}, taking over its ticks and notes.`);
}
const HISTORY_QUERY = `query ($owner: String!, $repo: String!, $number: Int!) {
  repository(owner: $owner, name: $repo) {
    issue(number: $number) {
      userContentEdits(first: 20) {
        nodes { editedAt deletedAt diff editor { __typename login } }
      }
    }
  }
}`;
/**
 * A person's edit the previous run overwrote, from the edit history (GraphQL); null when there
 * is none or the history cannot be read (GitHub Enterprise without it, a token without access):
 * then the run goes on as before.
 */
async function lostEdit(octokit, params, who, number) {
    let answer;
    try {
        answer = await octokit.graphql(HISTORY_QUERY, {
            owner: params.owner,
            repo: params.repo,
            number
        });
    }
    catch (error) {
        params.log.debug(`Tracking issue: #${number}: edit history not read (${String(error)}).`);
        return null;
    }
    const revisions = (answer.repository?.issue?.userContentEdits?.nodes ?? []).flatMap((node) => node === null || node.deletedAt || typeof node.diff !== 'string'
        ? []
        : [
            {
                body: node.diff,
                ours: who.isOurEditor(node.editor),
                editor: node.editor?.login ?? 'someone'
            }
        ]);
    const lost = findLostEdit(revisions);
    if (lost !== null) {
        params.log.info(`Tracking issue: #${number}: putting back an edit by ${lost.editor} that the previous run overwrote ` +
            `(${lost.ticked.size} tick(s), ${lost.unticked.size} untick(s)${lost.notes === null ? '' : ', notes'}).`);
    }
    return lost;
}
// ---------------------------------------------------------------------------------------------
// labels
// ---------------------------------------------------------------------------------------------
/** Puts our label back on an issue someone took it off, so that the next run finds it fast. */
async function repairLabel(octokit, params, issue) {
    const label = params.labels[0];
    if (label === undefined ||
        issue.labels.some((name) => name.toLowerCase() === label.toLowerCase())) {
        return;
    }
    await ensureLabels(octokit, { ...params, labels: [label] });
    await octokit.rest.issues.addLabels({
        owner: params.owner,
        repo: params.repo,
        issue_number: issue.number,
        labels: [label]
    });
    params.log.info(`Tracking issue: #${issue.number} had lost the label '${label}'; put it back.`);
}
/** Creates missing labels with our colour and description; an existing label is left as is. */
async function ensureLabels(octokit, params) {
    for (const name of params.labels) {
        try {
            await octokit.rest.issues.getLabel({ owner: params.owner, repo: params.repo, name });
            continue;
        }
        catch (error) {
            if (error.status !== 404)
                throw error;
        }
        try {
            await octokit.rest.issues.createLabel({
                owner: params.owner,
                repo: params.repo,
                name,
                color: LABEL_COLOR,
                description: LABEL_DESCRIPTION
            });
            params.log.info(`Tracking issue: created the label '${name}'.`);
        }
        catch (error) {
            // Another run created it in between.
            if (error.status !== 422)
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/publish/index.ts
/**
 * publish: the only stage that talks to GitHub. What the run owes the user comes first and
 * cannot be taken away by GitHub: the report file, the annotations, the job summary and the
 * outputs are written before the tracking issue is attempted, which then has a time budget of
 * its own; its outcome is appended to the summary and sets the issue outputs afterwards.
 */













/** The run's repository and URL from the runner's environment; null outside a workflow run. */
function runContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return null;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl = env.GITHUB_RUN_ID
        ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return { owner, repo, runUrl };
}
async function publishResults(report, settings, deps) {
    const budgets = deps.budgets ?? shared_budget/* DEFAULT_BUDGETS */.Dm;
    await publishStep(report, deps, {
        failOn: settings.failOn,
        reportPath: settings.reportPath,
        summary: (problems, issue) => renderSummary(report, {
            runUrl: deps.run?.runUrl,
            problems,
            ...(issue === undefined ? {} : { issue })
        }),
        files: [],
        issue: () => keepTrackingIssue(report, settings, deps, budgets.github)
    });
}
/**
 * The iac action's publishing: the report, the SARIF file (`sarif-path`), annotations at the
 * file and line, its own summary and outputs; no tracking issue, which follows the live estate.
 */
async function publishIacResults(report, settings, deps) {
    const files = settings.sarifPath === ''
        ? []
        : [
            {
                label: `SARIF file (${settings.sarifPath})`,
                path: settings.sarifPath,
                text: renderIacSarif(report),
                output: contract/* IacOutputs */.it.SarifPath
            }
        ];
    await publishStep(report, deps, {
        failOn: settings.failOn,
        reportPath: settings.reportPath,
        summary: (problems) => renderIacSummary(report, { ...deps.checked, problems }),
        files,
        issue: null
    });
}
/**
 * The order every action publishes in: files, annotations, summary, outputs, then the issue,
 * which alone can still wait on GitHub, and last the step's failure.
 */
async function publishStep(report, deps, plan) {
    const { io } = deps;
    const budgets = deps.budgets ?? shared_budget/* DEFAULT_BUDGETS */.Dm;
    const failure = failureMessage(report, plan.failOn);
    // Files that cannot be written cost their own part, never the others; the step fails below.
    const problems = [];
    const attempt = async (what, write) => {
        try {
            await write();
            return true;
        }
        catch (error) {
            problems.push((0,shared_text/* oneLine */.TN)(`The ${what} could not be written: ${error.message}.`));
            return false;
        }
    };
    let reportPath = '';
    await attempt(`report (${plan.reportPath})`, async () => {
        reportPath = await (0,report_file/* writeReportFile */.aS)(report, plan.reportPath, budgets.fileMs);
        io.info(`Report written to ${reportPath}`);
    });
    const written = new Map();
    for (const file of plan.files) {
        await attempt(file.label, async () => {
            written.set(file.output, await (0,report_file/* writeOutputFile */.BF)(file.path, file.text, budgets.fileMs));
            io.info(`${file.label} written to ${written.get(file.output)}`);
        });
    }
    const failedScans = report.coverage.filter((row) => row.status === 'failed');
    const reserveErrorSlot = failure !== null || problems.length > 0;
    const annotations = selectAnnotations(report, {
        reserveErrorSlot,
        reserveWarningSlot: failedScans.length > 0
    });
    io.debug(`Report: ${report.findings.length} findings, ${report.coverage.length} coverage rows (${failedScans.length} failed), generated at ${report.generatedAt}; ${annotations.length} annotations (error slot kept: ${reserveErrorSlot}, warning slot kept: ${failedScans.length > 0}).`);
    for (const annotation of annotations) {
        io[annotation.level](annotation.message, annotationProperties(annotation));
    }
    if (failedScans.length > 0) {
        io.warning(failedScansMessage(failedScans), { title: 'aws-cert-watch: scans failed' });
    }
    for (const row of failedScans) {
        io.debug((0,shared_text/* oneLine */.TN)(`Scan failed: ${(0,finding_text/* coverageRowPlace */.y8)(row)}: ${row.detail}`));
    }
    const writeSummary = (markdown, replace) => {
        io.debug(`Job summary: ${replace ? 'rewriting' : 'writing'} ${Buffer.byteLength(markdown, 'utf8')} bytes (budget ${DEFAULT_SUMMARY_MAX_BYTES}).`);
        return (0,shared_budget/* withDeadline */.NE)(replace ? io.replaceSummary(markdown) : io.appendSummary(markdown), budgets.fileMs, 'the file system writing the summary');
    };
    const shownProblems = problems.slice(0, 1);
    const summaryWritten = await attempt('job summary', () => writeSummary(plan.summary(shownProblems), false));
    setActionOutputs(io, report, reportPath);
    for (const file of plan.files)
        io.setOutput(file.output, written.get(file.output) ?? '');
    if (plan.issue !== null) {
        const issue = await plan.issue();
        setIssueOutputs(io, issue);
        // Written first without it, so that GitHub cannot cost the summary; then again with the
        // issue's link (or why there is none) at the top, where a reader looks for it.
        const summaryIssue = toSummaryIssue(issue);
        if (summaryIssue !== undefined && summaryWritten) {
            await attempt('job summary', () => writeSummary(plan.summary(shownProblems, summaryIssue), true));
        }
    }
    const reasons = [...problems, ...(failure === null ? [] : [failure])];
    if (reasons.length > 0)
        io.setFailed(reasons.join(' '));
}
function annotationProperties(annotation) {
    return annotation.file === undefined
        ? { title: annotation.title }
        : { title: annotation.title, file: annotation.file, startLine: annotation.line };
}
/**
 * The one warning annotation for failed scans (its slot is kept by selectAnnotations): how
 * many, and the first error, so that the run's annotations say the report is incomplete.
 */
function failedScansMessage(failed) {
    const first = failed[0];
    const more = failed.length > 1 ? ` (and ${failed.length - 1} more; see the job summary)` : '';
    return (0,shared_text/* oneLine */.TN)(`${(0,finding_text/* plural */.LS)(failed.length, 'scan')} failed, so their resources are missing from the report: ${(0,finding_text/* coverageRowPlace */.y8)(first)}: ${first.detail}${more}.`);
}
function toSummaryIssue(issue) {
    if (issue?.problem)
        return { problem: issue.problem };
    if (issue?.url && issue.number !== undefined)
        return { number: issue.number, url: issue.url };
    return undefined;
}
async function keepTrackingIssue(report, settings, deps, budget) {
    const { io, run } = deps;
    if (!settings.issue)
        return null;
    if (run === null) {
        io.info('Tracking issue: skipped (GITHUB_REPOSITORY is not set: not in a workflow run).');
        return null;
    }
    if (settings.githubToken === '') {
        const problem = `Tracking issue skipped: the '${contract/* Inputs */.G0.GithubToken}' input is empty (set it, or set '${contract/* Inputs */.G0.Issue}: false').`;
        io.info(`Warning: ${problem}`);
        return { problem };
    }
    const secrets = [settings.githubToken];
    // Cuts off every request still running when the budget is spent, retries included.
    const stop = new AbortController();
    const clientOptions = {
        signal: stop.signal,
        requestMs: budget.requestMs,
        longestWaitSeconds: budget.longestWaitSeconds
    };
    const octokit = (deps.makeGitHubClient ??
        ((token, options) => createGitHubClient(token, { log: issueLog(io, secrets), ...options })))(settings.githubToken, clientOptions);
    try {
        const result = await (0,shared_budget/* withDeadline */.NE)(syncTrackingIssue(octokit, {
            owner: run.owner,
            repo: run.repo,
            report,
            issueKey: settings.issueKey,
            title: settings.issueTitle,
            labels: settings.issueLabels,
            closeWhenClear: settings.closeWhenClear,
            runUrl: run.runUrl,
            secrets,
            log: issueLog(io, secrets)
        }), budget.totalMs, 'the GitHub API', () => stop.abort(new shared_budget/* DeadlineExceeded */.m4('the GitHub API', budget.totalMs)));
        io.info(`Tracking issue: ${result.action}${result.url ? ` (${result.url})` : ''}`);
        return result.number === undefined ? null : { number: result.number, url: result.url };
    }
    catch (error) {
        // The scan's own results stand; the issue's failure is reported, not fatal.
        const known = toTrackingIssueError(error, `${run.owner}/${run.repo}`, secrets);
        if (known instanceof TrackingIssueError && known.debug !== '') {
            io.debug(`Tracking issue: the answer began with: ${known.debug}`);
        }
        const message = (0,shared_text/* oneLine */.TN)(known instanceof TrackingIssueError
            ? known.message
            : `Tracking issue not updated: ${(0,shared_text/* redactSecrets */.fp)(String(error), secrets)}`);
        io.info(`Warning: ${message}`);
        return { problem: message };
    }
}
/** Issue-side messages go to the log: annotation slots belong to the findings. */
function issueLog(io, secrets) {
    return {
        debug: (message) => io.debug((0,shared_text/* redactSecrets */.fp)((0,shared_text/* oneLine */.TN)(message), secrets)),
        info: (message) => io.info(message),
        warning: (message) => io.info(`Warning: ${(0,shared_text/* oneLine */.TN)(message)}`)
    };
}


/***/ }),

/***/ 195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  eL: () => (/* binding */ maxSeverity)
});

// UNUSED EXPORTS: reportTotals

// EXTERNAL MODULE: ./src/evaluate/index.ts + 2 modules
var evaluate = __webpack_require__(4665);
// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/shared/shard.ts
var shard = __webpack_require__(6481);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
;// CONCATENATED MODULE: ./src/report/coverage-order.ts
/**
 * The one order of coverage rows, whatever order the scans finished or the legs were merged in:
 * by account, then region as the `regions` input lists them (a global service's `global` row
 * after them), then service in registry order.
 */

function sortCoverage(rows, regions, services) {
    const rank = (list, item) => {
        const index = list.indexOf(item);
        return index < 0 ? list.length : index;
    };
    const regionRank = (region) => region === inventory/* GLOBAL_REGION */.j ? regions.length + 1 : rank(regions, region);
    return [...rows].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0) ||
        regionRank(a.region) - regionRank(b.region) ||
        rank(services, a.service) - rank(services, b.service) ||
        (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
        (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/report/json-report.ts




/** The JSON report (`report-path`), schemaVersion 1: DESIGN.md, "JSON report". */
function buildReport(input) {
    const { evaluation } = input;
    const findings = [...evaluation.findings].sort(evaluate/* compareFindings */.E);
    return {
        schemaVersion: 1,
        generatedAt: input.now.toISOString(),
        thresholds: {
            warningDays: input.thresholds.warningDays,
            criticalDays: input.thresholds.criticalDays
        },
        scope: {
            accounts: [...input.accounts].sort(),
            regions: [...input.settings.regions],
            services: [...input.settings.services],
            shard: (0,shard/* shardLabel */.$_)(input.settings.shard)
        },
        coverage: sortCoverage(input.inventory.coverage.map((row) => ({ ...row })), input.settings.regions, input.settings.services),
        findings,
        totals: reportTotals(findings, evaluation.resourcesScanned, evaluation.ignored)
    };
}
/** The totals of sorted findings: a count per severity, with what was scanned and ignored. */
function reportTotals(findings, resourcesScanned, ignored) {
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    return {
        expired: count('expired'),
        critical: count('critical'),
        warning: count('warning'),
        notice: count('notice'),
        resourcesScanned: { ...resourcesScanned },
        ignored
    };
}
/** The worst severity among the findings (`max-severity` output), `none` without findings. */
function maxSeverity(report) {
    return (severity/* SEVERITIES */.oC.find((severity) => report.findings.some((f) => f.severity === severity)) ?? 'none');
}


/***/ }),

/***/ 6481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   Iw: () => (/* binding */ inShard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which matrix leg scans an account: a hash of its id, so that the same account always lands
 * in the same shard whatever order the accounts were listed in, and the merge can tell which
 * accounts a missing leg would have scanned.
 */

/** The shard (1-based, of `count`) that scans `account`. */
function shardOf(account, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(account).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function inShard(account, shard) {
    return shard.count === 1 || shardOf(account, shard.count) === shard.index;
}
/** `3/8`, as the `shard` input and the report write it. */
function shardLabel(shard) {
    return `${shard.index}/${shard.count}`;
}


/***/ })

};
