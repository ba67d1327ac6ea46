import { describe, expect, it } from 'vitest';
import type { Outlet } from '@/utils/engine/types';
import { fromDraft, normaliseDomain, toDraft } from '@/utils/options/outlets';
import { addSite, normaliseSite, toggleIn } from '@/utils/options/settings-form';

const outlet: Outlet = {
  id: 'sputnik',
  name: 'Sputnik',
  domain: 'sputnikglobe.com',
  country: { value: 'Russia', source: 'Wikipedia: Sputnik' },
  ownership: [{ value: 'Rossiya Segodnya (state-owned)', source: 'Wikipedia: Sputnik' }],
  notes: [],
};

describe('outlet drafts', () => {
  it('round-trips an outlet', () => {
    expect(fromDraft(toDraft(outlet))).toEqual({ outlet });
  });
  it('drops blank facts and normalises the domain', () => {
    const d = { ...toDraft(outlet), domain: 'https://www.SputnikGlobe.com/world', notes: [{ value: ' ', source: '' }] };
    expect(fromDraft(d)).toEqual({ outlet: { ...outlet, domain: 'sputnikglobe.com' } });
    const noCountry = { ...toDraft(outlet), country: { value: '', source: '' } };
    expect(fromDraft(noCountry)).toEqual({ outlet: { ...outlet, country: null } });
  });
  it('requires a name, a real domain, and a source for every fact', () => {
    const d = {
      ...toDraft(outlet),
      name: ' ',
      domain: 'not a domain',
      ownership: [{ value: 'State media', source: '' }],
      notes: [{ value: '', source: 'somewhere' }],
    };
    expect(fromDraft(d)).toEqual({
      problems: [
        'The name cannot be empty.',
        '“not a domain” is not a domain like example.com.',
        'Ownership note 1: say where “State media” comes from.',
        'Note 1: write the fact, or remove it.',
      ],
    });
  });
  it('normalises domains', () => {
    expect(normaliseDomain('')).toBeNull();
    expect(normaliseDomain('WWW.Example.com:8080/x')).toBe('example.com');
  });
});

describe('paused sites', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/news/1?x#y', 'example.com'],
    ['www.bbc.co.uk/news', 'bbc.co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1:8080', '127.0.0.1'],
  ])('%s → %s', (input, host) => expect(normaliseSite(input)).toEqual({ host }));
  it.each(['', 'not a site', 'http://', 'example'])('refuses %j', (input) => {
    expect(normaliseSite(input)).toHaveProperty('error');
  });
  it('adds once, sorted; toggles list members', () => {
    expect(addSite(['b.com', 'a.com'], 'b.com')).toEqual(['a.com', 'b.com']);
    expect(toggleIn(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleIn(['a'], 'a', true)).toEqual(['a']);
  });
});
