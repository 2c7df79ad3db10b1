/**
 * The check-function contract. It is defined in evidence/check.ts, one stage down, so that the
 * evidence kinds' own check functions can use it without importing upward; everything above
 * evidence/ keeps importing it from here.
 */
export * from '../evidence/check.js';
