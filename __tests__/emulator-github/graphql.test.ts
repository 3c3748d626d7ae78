/**
 * POST /graphql answers the edit-history query as GitHub does: no revisions until the body first
 * changes, then the original and each change, newest first, with GraphQL's editor names. Through
 * the real Octokit (`getOctokit(...).graphql`), as the product sends it.
 */
import { getOctokit } from '@actions/github'
import { ACTIONS_TOKEN, USER_TOKEN } from '../../emulator/github/index.js'
import { localGitHub } from './raw-http.js'

let now = '2026-04-01T09:00:00Z'
const local = localGitHub({ permissions: {} }, () => new Date(now))

const editsQuery = (first: number) => `
  query ($owner: String!, $repo: String!, $number: Int!) {
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        userContentEdits(first: ${first}) {
          nodes { editedAt deletedAt diff editor { __typename login } }
        }
      }
    }
  }`

interface EditsAnswer {
  repository: {
    issue: {
      userContentEdits: {
        nodes: Array<{
          editedAt: string
          deletedAt: null
          diff: string
          editor: { __typename: string; login: string }
        }>
      }
    } | null
  }
}

async function edits(repo: string, number: number, first = 20, token = USER_TOKEN) {
  const octokit = getOctokit(token, { baseUrl: local.api.url })
  const answer = await octokit.graphql<EditsAnswer>(editsQuery(first), {
    owner: 'acme',
    repo,
    number
  })
  return answer.repository.issue?.userContentEdits.nodes
}

describe('POST /graphql userContentEdits', () => {
  it('records nothing until the body changes, then the original and each change, newest first', async () => {
    const bot = getOctokit(ACTIONS_TOKEN, { baseUrl: local.api.url })
    now = '2026-04-01T09:00:00Z'
    const { data: issue } = await bot.rest.issues.create({
      owner: 'acme',
      repo: 'hist',
      title: 'T',
      body: 'v1'
    })
    expect(await edits('hist', issue.number)).toEqual([])

    now = '2026-04-01T09:05:00Z'
    const update = (fields: { body?: string; title?: string }) =>
      bot.rest.issues.update({ owner: 'acme', repo: 'hist', issue_number: issue.number, ...fields })
    await update({ body: 'v1' })
    await update({ title: 'renamed' })
    expect(await edits('hist', issue.number)).toEqual([])

    now = '2026-04-01T09:10:00Z'
    await update({ body: 'v2' })
    const original = {
      editedAt: '2026-04-01T09:00:00Z',
      deletedAt: null,
      diff: 'v1',
      editor: { __typename: 'Bot', login: 'github-actions' }
    }
    const second = { ...original, editedAt: '2026-04-01T09:10:00Z', diff: 'v2' }
    expect(await edits('hist', issue.number)).toEqual([second, original])

    now = '2026-04-01T09:20:00Z'
    local.api.state.editBody('acme', 'hist', issue.number, 'v3', { login: 'octocat', id: 583231 })
    const third = {
      editedAt: '2026-04-01T09:20:00Z',
      deletedAt: null,
      diff: 'v3',
      editor: { __typename: 'User', login: 'octocat' }
    }
    expect(await edits('hist', issue.number)).toEqual([third, second, original])
    expect(await edits('hist', issue.number, 2)).toEqual([third, second])
  })

  it('answers read-only tokens too: a query only reads', async () => {
    local.api.state.addIssue(
      'acme',
      'ro',
      { title: 'T', body: 'a' },
      { login: 'octocat', id: 583231 }
    )
    local.api.state.editBody('acme', 'ro', 1, 'b', { login: 'octocat', id: 583231 })
    local.api.setOptions({ permissions: { [USER_TOKEN]: 'read' } })
    expect((await edits('ro', 1))?.map((edit) => edit.diff)).toEqual(['b', 'a'])
  })

  it('answers an unknown issue, a pull request or a deleted issue with NOT_FOUND', async () => {
    const author = { login: 'octocat', id: 583231 }
    local.api.state.addIssue('acme', 'nf', { title: 'PR', pullRequest: true }, author)
    local.api.state.addIssue('acme', 'nf', { title: 'gone' }, author)
    local.api.state.deleteIssue('acme', 'nf', 2)
    for (const number of [1, 2, 99]) {
      await expect(edits('nf', number)).rejects.toMatchObject({
        data: { repository: { issue: null } },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository', 'issue'],
            message: `Could not resolve to an Issue with the number of ${number}.`
          }
        ]
      })
    }
    const raw = await local.call('POST', '/graphql', {
      query: editsQuery(20),
      variables: { owner: 'acme', repo: 'nf', number: 99 }
    })
    expect(raw.status).toBe(200)
    expect(raw.json).toEqual({
      data: { repository: { issue: null } },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository', 'issue'],
          message: 'Could not resolve to an Issue with the number of 99.'
        }
      ]
    })
  })

  it('refuses other queries and bad input with GraphQL errors and status 200', async () => {
    const variables = { owner: 'acme', repo: 'x', number: 1 }
    const refusals = [
      { query: '{ viewer { login } }', variables },
      { query: editsQuery(20).replace('diff', 'body'), variables },
      { query: editsQuery(101), variables },
      { query: editsQuery(20), variables: { ...variables, number: '1' } },
      { variables }
    ]
    for (const body of refusals) {
      const answer = await local.call('POST', '/graphql', body)
      expect(answer.status).toBe(200)
      expect(answer.json).not.toHaveProperty('data')
      const errors = answer.json.errors as unknown as Array<{ message: unknown }>
      expect(errors).toHaveLength(1)
      expect(typeof errors[0]?.message).toBe('string')
    }
    const tooMany = await local.call('POST', '/graphql', { query: editsQuery(101), variables })
    expect(JSON.stringify(tooMany.json)).toMatch(/exceeds the `first` limit of 100 records/)

    const octokit = getOctokit(USER_TOKEN, { baseUrl: local.api.url })
    await expect(octokit.graphql('{ viewer { login } }')).rejects.toMatchObject({
      errors: [{ message: expect.any(String) }]
    })
    expect(
      (await local.call('POST', '/graphql', { query: editsQuery(20), variables }, null)).status
    ).toBe(401)
  })

  it('accepts an operation name, commas and comments, as GraphQL allows', async () => {
    local.api.state.addIssue(
      'acme',
      'named',
      { title: 'T', body: 'a' },
      { login: 'octocat', id: 583231 }
    )
    local.api.state.editBody('acme', 'named', 1, 'b', { login: 'octocat', id: 583231 })
    const query = editsQuery(5)
      .replace('query (', 'query IssueEdits(')
      .replace('diff', 'diff, # the whole body\n')
    const answer = await local.call('POST', '/graphql', {
      query,
      variables: { owner: 'acme', repo: 'named', number: 1 }
    })
    expect(answer.json).not.toHaveProperty('errors')
    expect(JSON.stringify(answer.json)).toContain('"diff":"b"')
  })
})
