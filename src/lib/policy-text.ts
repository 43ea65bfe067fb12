/** A company policy's value as it reads inside a sentence of a script, which supplies its own full stop. */
export const policyInSentence = (value: string) => value.replace(/[。.]$/, '');
