/**
 * The built-in skill catalogue, grouped after two public taxonomies: O*NET's basic and
 * cross-functional skills and ESCO's transversal skills. Labels are our own short wording.
 */
export const SKILL_GROUPS = [
  { id: 'onet-content', taxonomy: 'O*NET', label: 'Content skills' },
  { id: 'onet-process', taxonomy: 'O*NET', label: 'Process skills' },
  { id: 'onet-social', taxonomy: 'O*NET', label: 'Social skills' },
  { id: 'onet-problemSolving', taxonomy: 'O*NET', label: 'Complex problem solving' },
  { id: 'onet-technical', taxonomy: 'O*NET', label: 'Technical skills' },
  { id: 'onet-systems', taxonomy: 'O*NET', label: 'Systems skills' },
  { id: 'onet-resources', taxonomy: 'O*NET', label: 'Resource management' },
  { id: 'esco-core', taxonomy: 'ESCO', label: 'Core skills' },
  { id: 'esco-thinking', taxonomy: 'ESCO', label: 'Thinking skills' },
  { id: 'esco-selfManagement', taxonomy: 'ESCO', label: 'Self-management' },
  { id: 'esco-socialCommunication', taxonomy: 'ESCO', label: 'Social and communication' },
  { id: 'esco-physicalManual', taxonomy: 'ESCO', label: 'Physical and manual' },
  { id: 'esco-life', taxonomy: 'ESCO', label: 'Life skills' },
] as const;

export type SkillGroupId = (typeof SKILL_GROUPS)[number]['id'];
export const SKILL_GROUP_IDS = SKILL_GROUPS.map((group) => group.id) as [
  SkillGroupId,
  ...SkillGroupId[],
];

export interface CatalogueSkill {
  id: string;
  groupId: SkillGroupId;
  label: string;
}

const bySkillGroup: Record<SkillGroupId, string[]> = {
  'onet-content': [
    'Reading comprehension',
    'Active listening',
    'Writing',
    'Speaking',
    'Mathematics',
    'Science',
  ],
  'onet-process': ['Critical thinking', 'Active learning', 'Learning strategies', 'Monitoring'],
  'onet-social': [
    'Social perceptiveness',
    'Coordination',
    'Persuasion',
    'Negotiation',
    'Instructing',
    'Service orientation',
  ],
  'onet-problemSolving': ['Complex problem solving'],
  'onet-technical': [
    'Operations analysis',
    'Technology design',
    'Equipment selection',
    'Installation',
    'Programming',
    'Operations monitoring',
    'Operation and control',
    'Equipment maintenance',
    'Troubleshooting',
    'Repairing',
    'Quality control analysis',
  ],
  'onet-systems': ['Judgment and decision making', 'Systems analysis', 'Systems evaluation'],
  'onet-resources': ['Time management', 'Managing money', 'Managing materials', 'Managing people'],
  'esco-core': [
    'Communicating in another language',
    'Working with numbers and measures',
    'Using digital tools',
  ],
  'esco-thinking': [
    'Processing information',
    'Thinking creatively',
    'Planning and organising',
    'Analysing and evaluating',
  ],
  'esco-selfManagement': [
    'Working independently',
    'Taking initiative',
    'Coping with pressure',
    'Adapting to change',
    'Reflecting on own learning',
  ],
  'esco-socialCommunication': [
    'Working in teams',
    'Leading others',
    'Building networks',
    'Presenting information',
    'Supporting others',
    'Resolving conflict',
  ],
  'esco-physicalManual': [
    'Manual dexterity',
    'Handling and moving',
    'Working safely in physical settings',
  ],
  'esco-life': [
    'Managing personal finances',
    'Looking after health and wellbeing',
    'Civic engagement',
    'Environmental awareness',
  ],
};

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every catalogue skill, in group order. Ids are `<group>.<slug>` and never change. */
export const SKILL_CATALOGUE: readonly CatalogueSkill[] = SKILL_GROUPS.flatMap((group) =>
  bySkillGroup[group.id].map((label) => ({
    id: `${group.id}.${slug(label)}`,
    groupId: group.id,
    label,
  })),
);

const catalogueById = new Map(SKILL_CATALOGUE.map((skill) => [skill.id, skill]));

export function isCatalogueSkillId(value: string): boolean {
  return catalogueById.has(value);
}

export function findCatalogueSkill(skillId: string): CatalogueSkill | undefined {
  return catalogueById.get(skillId);
}
