/** The order Decap writes a page's fields in: the schema's, then the body (decap-config.ts). */
import type { CollectionName } from '../collections.ts';
import { schemaOf } from '../../schemas/index.ts';
import { fieldsOf } from './fields.ts';

export const editorFieldOrder = (collection: CollectionName): string[] => [...fieldsOf(schemaOf[collection]).map((f) => f.name), 'body'];
