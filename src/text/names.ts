/** Names compared without case, spaces or punctuation: "Credit Risk Scorer" is credit-risk-scorer. */
export const squashName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
