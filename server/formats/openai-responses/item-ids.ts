/**
 * Ids of the items of one response: `<prefix>_<response id body>_<n>`. An `item_reference`
 * (the Vercel AI SDK sends them for earlier outputs when `store` is on) names its response in
 * the id itself, so one store read finds the item, with no index of items.
 */
export type ItemPrefix = 'msg' | 'fc' | 'fco' | 'ctc' | 'ctco' | 'rs';

export class ItemIds {
  #n = 0;
  readonly #body: string;

  constructor(responseId: string) {
    this.#body = responseId.slice(responseId.indexOf('_') + 1);
  }

  next(prefix: ItemPrefix): string {
    return `${prefix}_${this.#body}_${(this.#n++).toString(36)}`;
  }
}

/** The response an item id was issued in; undefined for ids NexusFlow did not issue. */
export function responseIdOf(itemId: string): string | undefined {
  const m = /^(?:msg|fc|fco|ctc|ctco|rs)_([A-Za-z0-9]+)_[0-9a-z]+$/.exec(itemId);
  return m ? `resp_${m[1]}` : undefined;
}
