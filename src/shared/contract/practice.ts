import { z } from 'zod';
import { channel } from './channel';
import { agreementTemplate, practiceProfile } from '../schema';

const empty = z.strictObject({});

export const practiceChannels = {
  'practice:get': channel('The practice profile.', empty, practiceProfile),
  'practice:update': channel(
    'Replace the practice profile.',
    z.strictObject({ profile: practiceProfile }),
    practiceProfile,
  ),
  'template:get': channel('The practice agreement template.', empty, agreementTemplate),
  'template:save': channel(
    'Replace the practice agreement template. Its Word document stays as stored: only the wordTemplate channels change it.',
    z.strictObject({ template: agreementTemplate }),
    agreementTemplate,
  ),
} as const;
