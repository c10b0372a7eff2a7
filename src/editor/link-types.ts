import { getAt, type Json, type JsonObject } from './draft';

/** What refers to a link type: a type is deleted only when all three are empty. */
export interface TypeUses {
  links: string[];
  groups: string[];
  /** Chapters whose filters show the type (`filters.linkTypes`). */
  chapters: string[];
}

const items = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const idOf = (item: Json): string => {
  const id = getAt(item, ['id']);
  return typeof id === 'string' ? id : '';
};

export function typeUses(draft: JsonObject, type: string): TypeUses {
  const typed = (list: Json | undefined) =>
    items(list)
      .filter((item) => getAt(item, ['type']) === type)
      .map(idOf);
  return {
    links: typed(draft.links),
    groups: typed(draft.groups),
    chapters: items(draft.chapters)
      .filter((chapter) => items(getAt(chapter, ['filters', 'linkTypes'])).includes(type))
      .map(idOf),
  };
}

export const isUsed = (uses: TypeUses) => uses.links.length + uses.groups.length + uses.chapters.length > 0;
