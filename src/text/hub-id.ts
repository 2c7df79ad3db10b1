/**
 * Hugging Face Hub model ids, written as people and tools write them: `meta-llama/Llama-3.1-8B`,
 * `Meta-Llama/llama-3.1-8b` (the Hub finds a repository whatever the case), a pin after `@`, a
 * model page's URL or an `hf://` path, and the old ids the Hub still redirects (`gpt2` is
 * openai-community/gpt2; meta-llama's Meta-Llama-3.1-8B is Llama-3.1-8B). A local path
 * (`./base`, `/models/llama`, `C:\models`) is no Hub id: what it holds cannot be told from its
 * name.
 */

/** A model page's address, before the id: https://huggingface.co/, hf.co/. */
const HUB_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\//i;
/** An id: a name, or an owner and a name, each of letters, digits, `-`, `_` and `.`. */
const HUB_ID = /^[a-z0-9][\w.-]*(?:\/[a-z0-9][\w.-]*)?$/i;
/** What a loader reads as a folder on this machine, whether or not it is there. */
const LOCAL_PATH = /^(?:\.{1,2}(?:[/\\]|$)|[/\\~]|[a-z]:[/\\])/i;
/** The Hub's ids are at most 96 characters; a longer text is no id (and is not scanned). */
const MAX_ID = 200;

/**
 * The Hub model id `text` names, in lower case and without a revision, for comparing; undefined
 * when it names none (a local path, a URL elsewhere, a text with spaces).
 */
export function hubModelId(text: string): string | undefined {
  let id = text.trim();
  if (id.length > MAX_ID) return undefined;
  id = id.toLowerCase().startsWith('hf://') ? id.slice(5) : id.replace(HUB_URL, '');
  // A page of the model (…/tree/main, …/resolve/<sha>/config.json) is the model.
  for (const part of ['/tree/', '/blob/', '/resolve/', '/commit/']) {
    const at = id.indexOf(part);
    if (at > 0) id = id.slice(0, at);
  }
  const pin = id.indexOf('@');
  if (pin > 0) id = id.slice(0, pin);
  if (id.endsWith('/')) id = id.slice(0, -1);
  if (!HUB_ID.test(id) || id.includes('..')) return undefined;
  // Meta renamed its Llama 3.1 repositories (Meta-Llama-3.1-8B is Llama-3.1-8B); the old ids redirect.
  return id.toLowerCase().replace(/^meta-llama\/meta-llama-3\.1-/, 'meta-llama/llama-3.1-');
}

/** Whether `text` reads as a path on the machine that loads the model (`./base`, `/models/llama`). */
export const isLocalModelPath = (text: string) => LOCAL_PATH.test(text.trim());

/**
 * The organisations the Hub moved its first, owner-less models under (bert-base-uncased is
 * google-bert's, gpt2 openai-community's, roberta-base FacebookAI's…), lower case. Only these own
 * a bare id: anyone may publish some-stranger/Mistral-7B-Instruct-v0.3 (review).
 */
const LEGACY_OWNERS = new Set(['google-bert', 'openai-community', 'facebookai', 'distilbert', 'google-t5', 'albert', 'xlnet', 'almanach', 'flaubert']);

/**
 * Whether two ids (hubModelId's) name one model: the same id, or an old id without an owner and
 * the id the Hub moved it to (`bert-base-uncased` and google-bert/bert-base-uncased: the old ids
 * still load them), under one of the organisations it moved them to.
 */
export function sameHubModel(a: string, b: string): boolean {
  if (a === b) return true;
  const [owned, bare] = a.includes('/') ? [a, b] : [b, a];
  const slash = owned.indexOf('/');
  return !bare.includes('/') && slash > 0 && LEGACY_OWNERS.has(owned.slice(0, slash)) && owned.slice(slash + 1) === bare;
}
