import { z } from 'zod';
import { idpWorksheet } from './idp';
import { skillsWorksheet } from './skills';
import { boundaryMapWorksheet } from './boundaryMap';
import { mentorsWorksheet } from './mentors';
import { agreementWorksheet } from './agreement';

/** Any of the five worksheets, told apart by `kind`. */
export const worksheet = z.discriminatedUnion('kind', [
  idpWorksheet,
  skillsWorksheet,
  boundaryMapWorksheet,
  mentorsWorksheet,
  agreementWorksheet,
]);
export type Worksheet = z.infer<typeof worksheet>;
export type WorksheetOfKind<K extends Worksheet['kind']> = Extract<Worksheet, { kind: K }>;
