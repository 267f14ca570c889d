#!/usr/bin/env node
// Aleph Deploy's interoperability check: the official Aleph TypeScript SDK (versions pinned in
// package-lock.json) publishes and reads messages on a node and every answer is compared with
// what the reference node gives. Nothing of Aleph Deploy's Java code takes part.
//
//   node check.mjs --api http://127.0.0.1:4024 [--key 0x<64 hex>] [--out report.json]
//                  [--wait SECONDS] [--wait-negative SECONDS] [--payment auto|hold|credit]
//
// Exit status: 0 when every check holds, 1 when one fails, 2 on a usage error.
// The steps are listed in interop/README.md.

import fs from 'node:fs'

import { Encoding, ItemType } from '@aleph-sdk/message'

import { envelopeProblems, sha256 } from './lib/envelope.mjs'
import { rawBytes, waitFor } from './lib/node.mjs'
import { installedVersions, sdkClient } from './lib/sdk.mjs'
import { lastSubmission, recordSdkTraffic } from './lib/traffic.mjs'

// Hardhat/Anvil's third public development key: known to everyone, never to hold anything.
const PUBLIC_TEST_KEY = '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a'
// From this instant (2027-01-01 UTC) the reference node accepts only credit payment for new
// STORE and PROGRAM messages (docs/PROTOCOL.md, P-4.7).
const CREDIT_ONLY_FROM = 1798761600

function options(argv) {
  const o = {}
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--help' || flag === '-h') o.help = true
    else if (flag.startsWith('--')) o[flag.slice(2)] = argv[++i]
    else usage(`unexpected argument ${flag}`)
  }
  return o
}

function usage(problem) {
  process.stderr.write(`interop: ${problem}\nusage: node check.mjs --api URL [--key 0x<64 hex>] [--out FILE] [--wait S] [--wait-negative S] [--payment auto|hold|credit]\n`)
  process.exit(2)
}

const o = options(process.argv.slice(2))
if (o.help) {
  process.stdout.write('usage: node check.mjs --api URL [--key 0x<64 hex>] [--out FILE] [--wait S] [--wait-negative S] [--payment auto|hold|credit]\n')
  process.exit(0)
}
const api = (o.api ?? process.env.ALEPH_API_URL ?? '').replace(/\/+$/, '')
if (!api) usage('--api is required')
const key = o.key ?? process.env.ALEPH_PRIVATE_KEY ?? PUBLIC_TEST_KEY
if (!/^0x[0-9a-fA-F]{64}$/.test(key)) usage('--key must be 0x followed by 64 hex digits')
const waitMs = Number(o.wait ?? 15) * 1000
const negativeWaitMs = Number(o['wait-negative'] ?? 5) * 1000
const paymentChoice = o.payment ?? 'auto'
if (!['auto', 'hold', 'credit'].includes(paymentChoice)) usage('--payment must be auto, hold or credit')
const payment = {
  chain: 'ETH',
  type: paymentChoice === 'auto' ? (Date.now() / 1000 >= CREDIT_ONLY_FROM ? 'credit' : 'hold') : paymentChoice,
}

const traffic = recordSdkTraffic()
const { account, client } = sdkClient(api, key)
const channel = 'ALEPH-DEPLOY-INTEROP'
const report = { api, sender: account.address, versions: installedVersions(), payment: payment.type, steps: [] }

/**
 * One step: `act` drives the SDK; then every check of `checks` (name -> predicate over the
 * step's facts) must hold. Facts: the SDK's result or error, the envelope the SDK submitted
 * with its HTTP status, the node's status after polling, and the step's HTTP exchanges.
 */
async function step(id, title, act, checks, { negative = false } = {}) {
  const first = traffic.length
  const facts = { id }
  try {
    facts.result = await act()
  } catch (error) {
    facts.error = { name: error?.name ?? 'Error', message: String(error?.message ?? error).split('\n')[0] }
  }
  facts.exchanges = traffic.slice(first)
  facts.submitted = lastSubmission(facts.exchanges)
  facts.envelope = facts.submitted?.message
  facts.hash = facts.envelope?.item_hash
  facts.content = facts.envelope?.item_content ? JSON.parse(facts.envelope.item_content) : undefined
  if (facts.hash) facts.node = await waitFor(api, facts.hash, negative ? negativeWaitMs : waitMs)
  const failed = []
  const all = facts.envelope && !negative ? { 'envelope hashes and signature hold': (f) => envelopeProblems(f.envelope).length === 0, ...checks } : checks
  for (const [name, holds] of Object.entries(all)) {
    let ok
    try {
      ok = Boolean(await holds(facts))
    } catch (error) {
      ok = false
      facts.checkError = String(error?.message ?? error)
    }
    if (!ok) failed.push(name)
  }
  if (facts.envelope && !negative) facts.envelopeProblems = envelopeProblems(facts.envelope)
  report.steps.push({
    id,
    title,
    item_hash: facts.hash ?? null,
    http_status: facts.submitted?.status ?? null,
    node_status: facts.node?.status ?? null,
    error_code: facts.node?.errorCode ?? null,
    sdk_error: facts.error ?? null,
    envelope_problems: facts.envelopeProblems ?? [],
    failed,
  })
  process.stderr.write(`${failed.length ? 'FAIL' : 'PASS'} ${id}  ${title}${failed.length ? `\n       not holding: ${failed.join('; ')}` : ''}\n`)
  return facts
}

const accepted = (f) => f.submitted && f.submitted.status >= 200 && f.submitted.status < 300
const processed = (f) => f.node?.status === 'processed'

const codeV1 = Buffer.from('# aleph-deploy interop: code v1\nprint("v1")\n')
const codeV2 = Buffer.from('# aleph-deploy interop: code v2\nprint("v2")\n')

// (a) A file uploaded with its STORE message in one multipart request. Bodies go as Blob: the
// SDK mangles a Node Buffer in FormData.
const a = await step('a', 'STORE a file via POST /api/v0/storage/add_file', () =>
  client.createStore({ channel, fileObject: new Blob([codeV1]), storageEngine: ItemType.storage, payment }), {
  'upload answered 2xx': accepted,
  'node processed it': processed,
  'content.item_hash is sha256 of the file': (f) => f.content?.item_hash === sha256(codeV1),
  'content.item_type is storage': (f) => f.content?.item_type === 'storage',
})
const store1 = a.hash

// The SDK's default runtime hash may not exist on the node under test: the stored file stands in.
const volumes = [
  { mount: '/opt/pinned', ref: store1, use_latest: false },
  { mount: '/opt/latest', ref: store1, use_latest: true },
]
const program = (extra) => ({ channel, programRef: store1, entrypoint: 'main:app', encoding: Encoding.plain, runtime: store1, volumes, payment, ...extra })

// (b) An updatable program on that code, one volume pinned and one following the latest revision.
const b = await step('b', 'PROGRAM with allow_amend true, code = the stored file, two volumes', () =>
  client.createProgram(program({ allowAmend: true, metadata: { name: 'interop-updatable' } })), {
  'message answered 2xx': accepted,
  'node processed it': processed,
  'allow_amend is true': (f) => f.content?.allow_amend === true,
  'code.ref is the STORE': (f) => f.content?.code?.ref === store1,
  'volumes kept as given': (f) => JSON.stringify(f.content?.volumes) === JSON.stringify(volumes),
  'SDK read the code message first': (f) => f.exchanges.some((x) => x.method === 'GET' && x.path === `/api/v0/messages/${store1}`),
})
const program1 = b.hash

// (c) An immutable program.
const c = await step('c', 'PROGRAM with allow_amend false', () =>
  client.createProgram(program({ allowAmend: false, metadata: { name: 'interop-locked' } })), {
  'message answered 2xx': accepted,
  'node processed it': processed,
  'allow_amend is false': (f) => f.content?.allow_amend === false,
})
const program2 = c.hash

// (d) A new revision of the stored file (ref = the first STORE).
const d = await step('d', 'STORE a new revision with ref = the first STORE', () =>
  client.createStore({ channel, fileObject: new Blob([codeV2]), storageEngine: ItemType.storage, ref: store1, payment }), {
  'upload answered 2xx': accepted,
  'node processed it': processed,
  'content.ref is the first STORE': (f) => f.content?.ref === store1,
})

// (e) An amend of the updatable program.
const e = await step('e', 'PROGRAM amend of (b)', () =>
  client.createProgram(program({ allowAmend: true, replaces: program1, memory: 256, metadata: { name: 'interop-updatable v2' } })), {
  'message answered 2xx': accepted,
  'node processed it': processed,
  'replaces is (b)': (f) => f.content?.replaces === program1,
})

// (f) FORGET the immutable program.
await step('f', 'FORGET the program of (c)', () =>
  client.forget({ channel, hashes: [program2], reason: 'aleph-deploy interop check' }), {
  'message answered 2xx': accepted,
  'node processed it': processed,
  '(c) is forgotten, forgotten_by names the FORGET': async (f) => {
    const target = await waitFor(api, program2, waitMs, (s) => s === 'forgotten')
    return target.status === 'forgotten' && target.forgottenBy.includes(f.hash)
  },
  'SDK getMessage of (c) throws ForgottenMessageError': async () => {
    try {
      await client.getMessage(program2)
      return false
    } catch (error) {
      return error?.name === 'ForgottenMessageError'
    }
  },
})

// (g) An amend of the forgotten immutable program: the reference node never processes it
// (its target is gone: a retryable error, so 202 pending, or a rejection with 422).
await step('g', 'PROGRAM amend of the forgotten (c) is not processed', () =>
  client.createProgram(program({ allowAmend: false, replaces: program2, metadata: { name: 'interop-locked v2' } })), {
  'the SDK submitted it': (f) => Boolean(f.envelope),
  'node did not process it': (f) => f.node && f.node.status !== 'processed',
  'answer was 202 pending or 422 rejected': (f) =>
    [202, 422].includes(f.submitted?.status) && ['pending', 'rejected'].includes(f.node?.status),
}, { negative: true })

// (h) An amend of a live immutable program: rejected at once with 422 and error code 302.
const h1 = await step('h1', 'PROGRAM with allow_amend false (target of h2)', () =>
  client.createProgram(program({ allowAmend: false, metadata: { name: 'interop-locked-2' } })), {
  'message answered 2xx': accepted,
  'node processed it': processed,
})
await step('h2', 'PROGRAM amend of the live immutable (h1) is rejected with code 302', () =>
  client.createProgram(program({ allowAmend: false, replaces: h1.hash, metadata: { name: 'interop-locked-2 v2' } })), {
  'the SDK threw InvalidMessageError': (f) => f.error?.name === 'InvalidMessageError',
  'answer was 422': (f) => f.submitted?.status === 422,
  'node status rejected': (f) => f.node?.status === 'rejected',
  'error_code 302': (f) => f.node?.errorCode === 302,
}, { negative: true })

// (s) Content of 50 000 bytes or more: the SDK stores it with POST /api/v0/storage/add_json
// and sends a STORAGE-typed envelope without item_content.
await step('s', 'PROGRAM with ~60 kB of content goes through storage/add_json', () =>
  client.createProgram(program({ allowAmend: false, metadata: { name: 'interop-large', padding: 'x'.repeat(60000) } })), {
  'SDK called add_json': (f) => f.exchanges.some((x) => x.method === 'POST' && x.path === '/api/v0/storage/add_json' && x.status === 200),
  'envelope is item_type storage without item_content': (f) => f.envelope?.item_type === 'storage' && f.envelope?.item_content === undefined,
  'item_hash is sha256 of the stored JSON': async (f) => sha256(await rawBytes(api, f.hash)) === f.hash,
  'message answered 2xx': accepted,
  'node processed it': processed,
})

// (r) The SDK's read paths.
await step('r', 'SDK reads: getMessage, getMessages, downloadFile', async () => ({
  amend: await client.getMessage(e.hash),
  listed: await client.getMessages({ hashes: [store1, program1], pagination: 10, page: 1 }),
  bytes: Buffer.from(await client.downloadFile(sha256(codeV2))),
}), {
  'the SDK returned': (f) => !f.error,
  'getMessage gives the amend': (f) => f.result?.amend?.content?.replaces === program1,
  'getMessages lists both hashes': (f) => f.result?.listed?.messages?.length === 2,
  'downloadFile gives the revision bytes': (f) => f.result?.bytes?.equals(codeV2),
})

report.passed = report.steps.every((s) => s.failed.length === 0)
const text = JSON.stringify(report, null, 2)
if (o.out) fs.writeFileSync(o.out, text + '\n')
process.stdout.write(text + '\n')
process.stderr.write(report.passed ? 'interop: every check holds\n' : `interop: failed steps: ${report.steps.filter((s) => s.failed.length).map((s) => s.id).join(', ')}\n`)
process.exit(report.passed ? 0 : 1)
