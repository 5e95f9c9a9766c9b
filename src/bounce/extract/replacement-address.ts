import type { BounceFacts } from '../types.js';
import { findAddresses, isRobotAddress } from './addresses.js';

/**
 * The address a moved or retired recipient's text names instead: RFC 5321's 551 "User not local; please try
 * <x>", "moved to x", "the new address is x", or the colleague or shared mailbox a leaver's auto-reply sends
 * one to. The first address of the reply (an auto-reply's own text, else the server's words) that is neither
 * the recipient, nor the sender, nor a robot's (no-reply, postmaster).
 */
export function replacementAddress(facts: BounceFacts): string | undefined {
  const text = facts.form === 'auto-reply' ? (facts.context ?? facts.diagnostic) : facts.diagnostic;
  if (!text) return undefined;
  const known = new Set([facts.recipient?.toLowerCase(), facts.sender?.toLowerCase()]);
  for (const { address } of findAddresses(text.slice(0, MAX_TEXT))) {
    if (!known.has(address) && !isRobotAddress(address)) return address;
  }
  return undefined;
}

const MAX_TEXT = 3000;
