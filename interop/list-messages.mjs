#!/usr/bin/env node
// The official SDK's bare listing, the yardstick of the inventory benchmark: every PROGRAM and
// STORE message of an address, page by page (one request at a time, as the SDK's getMessages
// does), nothing verified or kept. Prints one JSON line: {"messages": N, "pages": P, "seconds": S}
// (S from the first request to the last answer; the benchmark also times the whole process).
//
//   node list-messages.mjs --api http://127.0.0.1:4024 --address 0x... [--page-size 200]

import { AlephHttpClient } from '@aleph-sdk/client'
import { MessageType } from '@aleph-sdk/message'

function options(argv) {
  const o = {}
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) {
      process.stderr.write('usage: node list-messages.mjs --api URL --address 0x... [--page-size N]\n')
      process.exit(2)
    }
    o[argv[i].slice(2)] = argv[i + 1]
  }
  return o
}

const o = options(process.argv.slice(2))
if (!o.api || !o.address) {
  process.stderr.write('list-messages: --api and --address are required\n')
  process.exit(2)
}
const pageSize = Number(o['page-size'] ?? 200)
const client = new AlephHttpClient(o.api)
const start = process.hrtime.bigint()
let messages = 0
let pages = 0
for (let page = 1; ; page++) {
  const answer = await client.getMessages({
    addresses: [o.address],
    messageTypes: [MessageType.program, MessageType.store],
    pagination: pageSize,
    page,
  })
  pages++
  messages += answer.messages.length
  if (answer.messages.length < pageSize) break
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
process.stdout.write(JSON.stringify({ messages, pages, seconds }) + '\n')
