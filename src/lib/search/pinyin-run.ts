/**
 * A run of letters that may be pinyin the rep left unconverted (waibao): four or more, as shorter
 * ones are KA, APP, PPT. Apart from sounds-like.ts, so a search that meets none loads none of that.
 */
export const mayBePinyin = (term: string) => /^[a-z]{4,}$/.test(term);
