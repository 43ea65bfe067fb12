/**
 * The drill's cards, one per objection, and which of them a rep chose to practise. Pure data and
 * filters, shared by the build (lib/practice/from-content.ts) and the island; unit-tested.
 */
export interface Response {
  title: string;
  /** What the rep says (the first 话术 of the response). */
  say: string;
  /** The closing question (收口问), when the response has one. */
  close?: string | undefined;
}
export interface DrillCard {
  id: string;
  title: string;
  category: string;
  /** The customer's lines; the drill shows one at random. */
  phrases: string[];
  answer: string;
  url: string;
  responses: Response[];
  channelTypes: string[];
  stages: string[];
  /** A core objection type (需求 … 奖励): a new rep practises these first. */
  core: boolean;
}

export interface DrillFilter {
  channel?: string | undefined;
  category?: string | undefined;
  stage?: string | undefined;
  /** Objection ids, e.g. a saved visit's likely objections. */
  ids?: string[] | undefined;
}

/** Cards the filter keeps, core types first, each group in the site's order. */
export function selectCards(deck: DrillCard[], filter: DrillFilter): DrillCard[] {
  const keep = (card: DrillCard) =>
    (!filter.channel || card.channelTypes.includes(filter.channel)) &&
    (!filter.category || card.category === filter.category) &&
    (!filter.stage || card.stages.includes(filter.stage)) &&
    (!filter.ids?.length || filter.ids.includes(card.id));
  return [...deck.filter((c) => keep(c) && c.core), ...deck.filter((c) => keep(c) && !c.core)];
}

/** The filter a /practice/ URL asks for (`?channel=dealer`, `?objections=price,rebate` …). */
export function filterFromSearch(search: string): DrillFilter {
  const params = new URLSearchParams(search);
  const ids = params.get('objections')?.split(',').filter(Boolean);
  return {
    channel: params.get('channel') || undefined,
    category: params.get('category') || undefined,
    stage: params.get('stage') || undefined,
    ids: ids?.length ? ids : undefined,
  };
}
