// The client-side checks of a signed envelope, made without the SDK's own helpers:
// item_hash = sha256(item_content) for inline messages, and the EIP-191 signature over
// "chain\nsender\ntype\nitem_hash" recovers the sender.

import crypto from 'node:crypto'
import { createRequire } from 'node:module'

const { ethers } = createRequire(import.meta.url)('ethers')

export const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex')

/** Names of the checks that fail for `envelope` (empty when it is sound). */
export function envelopeProblems(envelope) {
  const problems = []
  if (envelope.item_type === 'inline') {
    if (sha256(Buffer.from(envelope.item_content, 'utf8')) !== envelope.item_hash) problems.push('item_hash is not sha256(item_content)')
    const content = JSON.parse(envelope.item_content)
    if (content.address !== envelope.sender) problems.push('content.address differs from sender')
    if (content.time !== envelope.time) problems.push('content.time differs from the envelope time')
  } else if (envelope.item_content !== undefined) {
    problems.push(`item_type ${envelope.item_type} carries item_content`)
  }
  if (!/^0x[0-9a-f]{130}$/.test(envelope.signature ?? '')) problems.push('signature is not 0x + 65 bytes of lowercase hex')
  const buffer = [envelope.chain, envelope.sender, envelope.type, envelope.item_hash].join('\n')
  try {
    if (ethers.utils.verifyMessage(buffer, envelope.signature) !== envelope.sender) problems.push('signature does not recover the sender')
  } catch (error) {
    problems.push(`signature cannot be recovered: ${error.message}`)
  }
  return problems
}
