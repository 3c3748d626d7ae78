/**
 * POST /graphql, for the one query aws-cert-watch sends: an issue body's edit history
 * (`userContentEdits`), which REST does not expose. Rather than parse GraphQL, the query is
 * compared token by token with that shape; anything else is refused the way GitHub refuses a
 * query, with `errors` and status 200.
 */
import { asObject, type Answer, type RequestContext } from './routes.js'
import type { BodyEdit } from './state.js'

const EDITS_QUERY = `query ($owner: String!, $repo: String!, $number: Int!) {
  repository(owner: $owner, name: $repo) {
    issue(number: $number) {
      userContentEdits(first: 20) {
        nodes { editedAt deletedAt diff editor { __typename login } }
      }
    }
  }
}`

/** GitHub's limit on `first` for any connection. */
const MAX_FIRST = 100

/** Names, numbers and punctuation; commas and comments mean nothing in GraphQL. */
function tokens(query: string): string[] {
  return query.replace(/#[^\n]*/g, '').match(/\$?[_A-Za-z][_0-9A-Za-z]*|\d+|[^\s,]/g) ?? []
}

const SHAPE = tokens(EDITS_QUERY)
const FIRST_AT = SHAPE.indexOf('first') + 2

/** `first: N` of a query with the expected shape (an operation name is allowed); else undefined. */
function requestedFirst(query: string): number | undefined {
  const given = tokens(query)
  if (given[0] === 'query' && given[1] !== '(') given.splice(1, 1)
  if (given.length !== SHAPE.length) return undefined
  const matches = SHAPE.every((token, i) =>
    i === FIRST_AT ? /^\d+$/.test(given[i] ?? '') : given[i] === token
  )
  return matches ? Number(given[FIRST_AT]) : undefined
}

const refuse = (message: string): Answer => ({ status: 200, body: { errors: [{ message }] } })

export function answerGraphql(context: RequestContext): Answer {
  const input = asObject(context.body)
  if (typeof input.query !== 'string') {
    return refuse('A query attribute must be specified and must be a string.')
  }
  const first = requestedFirst(input.query)
  if (first === undefined) {
    return refuse(
      'The local GitHub API answers only the userContentEdits query of aws-cert-watch ' +
        '(emulator/github/graphql.ts).'
    )
  }
  if (first > MAX_FIRST) {
    return refuse(
      `Requesting ${first} records on the \`userContentEdits\` connection exceeds the \`first\` ` +
        `limit of ${MAX_FIRST} records.`
    )
  }
  const variables = asObject(input.variables)
  const { owner, repo, number } = variables
  for (const [name, type, ok] of [
    ['owner', 'String!', typeof owner === 'string'],
    ['repo', 'String!', typeof repo === 'string'],
    ['number', 'Int!', Number.isInteger(number)]
  ] as const) {
    if (!ok) return refuse(`Variable $${name} of type ${type} was provided invalid value`)
  }
  const issue = context.state.issue(String(owner), String(repo), Number(number))
  // `issue(number:)` resolves issues only: a pull request's number is as unknown as a deleted one.
  if (issue === undefined || issue.pullRequest) {
    return {
      status: 200,
      body: {
        data: { repository: { issue: null } },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository', 'issue'],
            message: `Could not resolve to an Issue with the number of ${String(number)}.`
          }
        ]
      }
    }
  }
  const nodes = [...issue.edits].reverse().slice(0, first).map(editJson)
  return {
    status: 200,
    body: { data: { repository: { issue: { userContentEdits: { nodes } } } } }
  }
}

function editJson(edit: BodyEdit) {
  return {
    editedAt: edit.editedAt,
    deletedAt: null,
    diff: edit.body,
    editor: {
      __typename: edit.editor.type ?? 'User',
      // GraphQL names an App by its slug: REST's `github-actions[bot]` is `github-actions` here.
      login: edit.editor.login.replace(/\[bot\]$/, '')
    }
  }
}
