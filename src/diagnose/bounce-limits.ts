/**
 * Largest paste we read; bigger input gets a clear refusal instead of a slow parse. Kept apart from the
 * diagnosis core so that help text and input readers can name it without loading the core.
 */
export const MAX_BOUNCE_BYTES = 4 * 1024 * 1024;
