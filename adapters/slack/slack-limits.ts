/**
 * Slack's message limits (REFERENCE.md, Slack). The renderer keeps inside them with a margin; the test
 * stand-in for the Web API enforces Slack's own numbers independently.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** Characters of a section's text object. */
  sectionText: 3000,
  /** Elements of a context block. */
  contextElements: 10,
  /** Top-level `text`: Slack answers msg_too_long near 4,000 characters. */
  messageText: 3000,
  /**
   * All block text together: Slack answers msg_blocks_too_long near 12–13k characters, so the
   * renderer stops well before and moves the rest into a file.
   */
  blockTextBudget: 10_000,
} as const;
