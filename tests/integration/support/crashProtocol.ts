/** What the crash test and its child agree on. */

/** Most updates the child fires at once; the file may be at most this far past the last ack. */
export const MAX_BURST = 8;
