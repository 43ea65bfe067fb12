// The components editors may use in any MDX page without importing them.
import Say from './Say.astro';
import Tip from './Tip.astro';
import Warning from './Warning.astro';
import Evidence from './Evidence.astro';
import See from './See.astro';
import Policy from './Policy.astro';
import Compliance from './Compliance.astro';
import Diagram from './Diagram.astro';

export const mdxComponents = { Say, Tip, Warning, Evidence, See, Policy, Compliance, Diagram };
