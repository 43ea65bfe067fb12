/**
 * /admin/config.yml: the browser editor's configuration, generated from the collections table and
 * the schemas (lib/editor/), with the entries that exist now as the choices for references. Locally
 * (`npm run edit`) Decap talks to decap-server on this machine; deployed, to GitLab with every
 * change a merge request (CMS_GITLAB_* in README › Deploy).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { pageCollections } from '../../lib/collections';
import { getSite } from '../../lib/content';
import { decapConfig } from '../../lib/editor/decap-config';
import { fieldsOf } from '../../lib/editor/fields';
import { schemaOf } from '../../schemas';

const env = import.meta.env;

/** GitLab (self-hosted or gitlab.com) with the editorial workflow when the deploy names a repository. */
const backend = env.CMS_GITLAB_REPO
  ? {
      name: 'gitlab',
      repo: env.CMS_GITLAB_REPO,
      branch: env.CMS_GITLAB_BRANCH ?? 'main',
      ...(env.CMS_GITLAB_URL ? { base_url: env.CMS_GITLAB_URL, api_root: `${env.CMS_GITLAB_URL.replace(/\/$/, '')}/api/v4` } : {}),
      auth_type: 'pkce',
      app_id: env.CMS_GITLAB_APP_ID,
    }
  : // Without a repository only the local backend works (Decap uses it on localhost).
    { name: 'git-gateway' };

export const GET: APIRoute = async () => {
  const site = await getSite();
  const titled = (entries: Array<{ id: string; data: { title: string } }>) => entries.map((e) => ({ id: e.id, title: e.data.title }));
  const choices = {
    ...Object.fromEntries(Object.entries(site).map(([name, entries]) => [name, titled(entries)])),
    policies: titled(await getCollection('policies')),
    gates: titled(await getCollection('gates')),
    // <See to> names a page by its content folder and id; <Diagram id> a diagram file.
    pages: pageCollections.flatMap((c) => site[c.name].map((e) => ({ id: `${c.folder}/${e.id}`, title: e.data.title }))),
    diagrams: titled(await getCollection('diagrams')),
  };
  const config = decapConfig({
    collections: pageCollections.map((c) => ({
      name: c.name,
      label: c.noun,
      folder: `content/${c.folder}`,
      fields: fieldsOf(schemaOf[c.name]),
      nested: c.name === 'stages',
    })),
    choices,
    backend,
    localBackend: true,
  });
  return new Response(`${env.CMS_GITLAB_REPO ? 'publish_mode: editorial_workflow\n' : ''}${stringify(config)}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
