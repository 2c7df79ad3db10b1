import { describe, expect, it } from 'vitest';
import { hubModelId, isLocalModelPath, sameHubModel } from '../../src/text/hub-id.js';

describe('hubModelId', () => {
  it.each([
    ['meta-llama/Llama-3.1-8B', 'meta-llama/llama-3.1-8b'],
    ['  Meta-Llama/LLAMA-3.1-8B  ', 'meta-llama/llama-3.1-8b'],
    ['meta-llama/Llama-3.1-8B@0e9e39f249a16976918f6564b8830bc894c89659', 'meta-llama/llama-3.1-8b'],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B', 'meta-llama/llama-3.1-8b'],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B/tree/main', 'meta-llama/llama-3.1-8b'],
    ['hf.co/mistralai/Mistral-7B-v0.1/', 'mistralai/mistral-7b-v0.1'],
    ['hf://mistralai/Mistral-7B-v0.1', 'mistralai/mistral-7b-v0.1'],
    ['meta-llama/Meta-Llama-3.1-8B-Instruct', 'meta-llama/llama-3.1-8b-instruct'],
    ['meta-llama/Meta-Llama-3-8B', 'meta-llama/meta-llama-3-8b'], // Llama 3 kept its name
    ['gpt2', 'gpt2'],
    // No Hub id: local paths, other hosts, a path deeper than owner/name, text.
    ['./base', undefined],
    ['../base', undefined],
    ['/models/llama', undefined],
    ['~/models/llama', undefined],
    ['C:\\models\\llama', undefined],
    ['models/llama/3.1', undefined],
    ['s3://bucket/llama', undefined],
    ['Llama 3.1 8B', undefined],
    ['org/..', undefined],
    ['', undefined],
    ['a'.repeat(300), undefined],
  ])('%j is %j', (text, id) => {
    expect(hubModelId(text)).toBe(id);
  });
});

describe('isLocalModelPath', () => {
  it.each([
    ['./base', true],
    ['..', true],
    ['/models/llama', true],
    ['~/llama', true],
    ['D:/models', true],
    ['meta-llama/Llama-3.1-8B', false],
    ['https://example.com/x', false],
  ])('%j: %s', (text, local) => {
    expect(isLocalModelPath(text)).toBe(local);
  });
});

describe('sameHubModel', () => {
  it.each([
    ['gpt2', 'openai-community/gpt2', true],
    ['google-bert/bert-base-uncased', 'bert-base-uncased', true],
    ['gpt2', 'gpt2', true],
    ['gpt2', 'distilgpt2', false],
    ['a/gpt2', 'b/gpt2', false], // two owners' models of one name are two models
    ['meta-llama/llama-3.1-8b', 'meta-llama/llama-3.1-8b-instruct', false],
    // Review: a bare name is the id the Hub moved it to, not anyone's copy of that name.
    ['mistral-7b-instruct-v0.3', 'some-stranger/mistral-7b-instruct-v0.3', false],
    ['gpt2', 'some-stranger/gpt2', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameHubModel(a, b)).toBe(same);
    expect(sameHubModel(b, a)).toBe(same);
  });
});
